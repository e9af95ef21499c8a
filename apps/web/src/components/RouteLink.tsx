import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { navigate } from '../lib/router.ts';

/** An in-app link: a real <a href> (keyboard, new tab) that navigates without reloading. */
export function RouteLink({ to, children, ...props }: AnchorProps & { to: string; children: ReactNode }) {
  return (
    <Anchor
      href={to}
      {...props}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        event.stopPropagation();
        navigate(to);
      }}
    >
      {children}
    </Anchor>
  );
}
