import { FileInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { notifyError } from '../lib/notify.ts';

/** Paste text or pick a file; either way the caller gets the text (read locally, never uploaded as-is). */
export function TextSource({
  value,
  onChange,
  label,
  accept,
  placeholder,
}: {
  value: string;
  onChange: (text: string) => void;
  label: string;
  accept: string;
  placeholder?: string;
}) {
  const [file, setFile] = useState<File | null>(null);
  return (
    <>
      <FileInput
        label="File"
        placeholder="Choose a file"
        accept={accept}
        clearable
        value={file}
        onChange={(picked) => {
          setFile(picked);
          if (picked) {
            picked.text().then(onChange, (error: unknown) => notifyError(error, 'Could not read the file'));
          }
        }}
      />
      <Textarea
        label={label}
        placeholder={placeholder}
        autosize
        minRows={6}
        maxRows={16}
        ff="monospace"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </>
  );
}
