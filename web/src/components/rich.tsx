import type { ComponentChild } from 'preact';
import { formatNumber, MESSAGES, type MessageKey } from '../lib/i18n';
import type { Lang } from '../lib/locale';

interface RichProps {
  readonly lang: Lang;
  readonly id: MessageKey;
  readonly params: Readonly<Record<string, ComponentChild>>;
}

/**
 * A message whose placeholders are filled with elements: each value sits in its
 * own <bdi>, so "recorder@el-hajeb" or "2021-06" inside an Arabic sentence keeps
 * its own direction and leaves the sentence's order alone.
 */
export const Rich = ({ lang, id, params }: RichProps) => {
  const parts = MESSAGES[id][lang].split(/(\{\w+\})/);
  return (
    <>
      {parts.map((part, index) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name === undefined || !(name in params)) return part;
        const value = params[name];
        return <bdi key={index}>{typeof value === 'number' ? formatNumber(lang, value) : value}</bdi>;
      })}
    </>
  );
};
