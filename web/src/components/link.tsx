import type { ComponentChildren, JSX } from 'preact';
import type { Route } from '../lib/route';
import { hrefOf, navigate } from '../state/router';

interface LinkProps extends Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'> {
  readonly to: Partial<Route>;
  readonly children: ComponentChildren;
}

/** A real link (middle-click, copy address) that moves within the page without a reload. */
export const Link = ({ to, children, ...rest }: LinkProps) => (
  <a
    {...rest}
    href={hrefOf(to)}
    onClick={(event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(to);
      scrollTo({ top: 0 });
    }}
  >
    {children}
  </a>
);
