import { useEffect, useRef, useState } from 'preact/hooks';
import { client } from '../api/client';
import { FEED } from '../api/documents';
import { LiveFeedConnection, type LiveStatus } from '../api/live-feed';
import type { Connection, FeedItem } from '../api/types';
import { Rich } from '../components/rich';
import { Empty, Loading } from '../components/states';
import { Text } from '../components/text';
import { formatInstant } from '../lib/format';
import { t, tEnum, tn } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import type { Scope } from './scope';

const STATUS_KEY = { connecting: 'feed.connecting', live: 'feed.live', reconnecting: 'feed.reconnecting', paused: 'feed.paused' } as const;

const FeedEntry = ({ lang, item }: { readonly lang: Lang; readonly item: FeedItem }) => (
  <li class={`feed-item type-${item.type}`} data-type={item.type} data-position={item.position}>
    <span class="feed-type">{tEnum(lang, 'activity', item.type)}</span>
    <Text value={item.summary} lang={lang} class="feed-summary" />
    <span class="meta">
      <time dateTime={item.occurredAt}>{formatInstant(lang, item.occurredAt)}</time> · {item.unit ? <Text value={item.unit.name} lang={lang} /> : <bdi>{item.unitId}</bdi>} ·{' '}
      <Rich lang={lang} id="feed.recordedBy" params={{ actor: item.actor }} />
    </span>
  </li>
);

/**
 * The unit's subtree as it happens. New items wait behind an "N new" pill
 * instead of pushing the page down; pausing drops the connection, and resuming
 * (or reconnecting) asks for everything after the last item seen.
 */
const LiveFeed = ({ lang, unit }: Scope) => {
  const [items, setItems] = useState<readonly FeedItem[] | null>(null);
  const [pending, setPending] = useState<readonly FeedItem[]>([]);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [generation, setGeneration] = useState(0);
  const connection = useRef<LiveFeedConnection | null>(null);
  useEffect(() => {
    let current = true;
    const seen = new Set<string>();
    setItems(null);
    setPending([]);
    void client.query<{ activityFeed: Connection<FeedItem> }>(FEED, { id: unit.id, after: null }).toPromise().then((result) => {
      if (!current) return;
      const first = result.data?.activityFeed.edges.map((edge) => edge.node) ?? [];
      first.forEach((item) => seen.add(item.id));
      setItems(first);
      connection.current = new LiveFeedConnection(unit.id, first[0]?.position ?? null, {
        item: (item) => {
          if (seen.has(item.id)) return;
          seen.add(item.id);
          setPending((waiting) => [item, ...waiting]);
        },
        status: setStatus,
        reset: () => setGeneration((n) => n + 1),
      });
      connection.current.start();
    });
    return () => {
      current = false;
      connection.current?.dispose();
      connection.current = null;
    };
  }, [unit.id, generation]);
  const showPending = () => {
    setItems((shown) => [...pending, ...(shown ?? [])]);
    setPending([]);
  };
  return (
    <section class="feed">
      <div class="feed-bar">
        <span class={`live-status ${status}`} role="status">{t(lang, STATUS_KEY[status])}</span>
        <button type="button" onClick={() => (status === 'paused' ? connection.current?.start() : connection.current?.pause())}>
          {t(lang, status === 'paused' ? 'feed.resume' : 'feed.pause')}
        </button>
        {pending.length > 0 && (
          <button type="button" class="pill" data-testid="new-items" onClick={showPending}>
            {tn(lang, 'newItems', pending.length)}
          </button>
        )}
      </div>
      {items === null ? <Loading lang={lang} /> : items.length === 0 && pending.length === 0 ? <Empty><p>{t(lang, 'feed.empty')}</p></Empty> : (
        <ol class="feed-list">{items.map((item) => <FeedEntry key={item.id} lang={lang} item={item} />)}</ol>
      )}
    </section>
  );
};

/** The live feed is the present's; while the dashboard shows the past it says how to get back. */
export const FeedView = (scope: Scope) => (scope.asOf ? <Empty><p>{t(scope.lang, 'asOf.feed')}</p></Empty> : <LiveFeed {...scope} />);
