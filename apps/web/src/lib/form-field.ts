/**
 * Props that bind a text input or native select to one string field of a form's state:
 * `<TextInput {...bindField(form, setForm, 'name')} />`.
 */
export function bindField<K extends string, F extends Record<K, string>>(
  form: F,
  setForm: (next: F) => void,
  name: K,
): { value: string; onChange: (event: { currentTarget: { value: string } }) => void } {
  return {
    value: form[name],
    onChange: (event) => setForm({ ...form, [name]: event.currentTarget.value }),
  };
}
