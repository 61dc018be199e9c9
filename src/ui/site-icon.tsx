import { useState } from 'preact/hooks';

/**
 * The site's icon: the tab's own favicon when the browser gave one (the only
 * remote icon Folio shows; it makes no request of its own for icons), else
 * a letter badge.
 */
export function SiteIcon({ url, name }: { url: string | null | undefined; name: string }) {
  const [failed, setFailed] = useState(false);
  if (url && !failed) {
    return (
      <img
        class="site-icon"
        src={url}
        alt=""
        width={16}
        height={16}
        referrerpolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    );
  }
  const letter = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
  return (
    <span class="site-icon site-letter" aria-hidden="true">
      {letter}
    </span>
  );
}
