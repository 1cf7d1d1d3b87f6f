import type { ReactNode } from 'react';
import type { EvidenceFile } from '../../domain/evidence';
import type { Slide, SlideItem, SlidePart } from '../../domain/slides';
import { formatDate } from '../../i18n/common';
import { slidesText as t } from '../../i18n/prepare';
import { useObjectUrl } from '../../ui/useObjectUrl';

function Photo({ file, alt }: { file: EvidenceFile; alt: string }) {
  const url = useObjectUrl(file.thumb ?? file.blob);
  return url ? <img src={url} alt={alt} /> : null;
}

type Photos = { f: EvidenceFile; alt: string }[];

/** A slide's items in order; consecutive reasons form one numbered list under their heading. */
function Items({ items, photos }: { items: SlideItem[]; photos: Photos }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'reason') {
      const run: Extract<SlideItem, { kind: 'reason' }>[] = [];
      while (items[i]?.kind === 'reason') run.push(items[i++] as Extract<SlideItem, { kind: 'reason' }>);
      i--;
      out.push(
        <h3 key={`h${i}`}>{t.reasons}</h3>,
        <ol key={`o${i}`} start={run[0]!.n}>
          {run.map((r) => (
            <li key={r.n}>{r.text}</li>
          ))}
        </ol>,
      );
    } else if (item.kind === 'field') {
      out.push(
        <p key={i}>
          <strong>{t[item.field]}:</strong> {item.text}
        </p>,
      );
    } else if (item.kind === 'text') {
      out.push(<p key={i}>{item.text}</p>);
    } else if (photos.length > 0) {
      out.push(
        <div key={i} className="slide-photos" aria-label={t.evidences}>
          {photos.slice(0, 3).map(({ f, alt }) => (
            <Photo key={f.id} file={f} alt={alt} />
          ))}
        </div>,
      );
    }
  }
  return <>{out}</>;
}

function heading(title: string, s: SlidePart): string {
  return s.part > 1 ? t.continued(title) : title;
}

export function SlideView({ slide, photos }: { slide: Slide; photos: Map<string, EvidenceFile[]> }) {
  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide-body slide-title">
          <p className="slide-kicker">{t.meetingTitle}</p>
          <h2>{slide.school}</h2>
          <p>
            CCT {slide.cct} · {formatDate(slide.date)}
          </p>
        </div>
      );
    case 'practice': {
      const files = slide.evidences.flatMap((e) => (photos.get(e.id) ?? []).map((f) => ({ f, alt: e.description })));
      return (
        <div className="slide-body">
          <p className="slide-kicker">{t.practice}</p>
          <h2>{heading(slide.practice.title, slide)}</h2>
          <Items items={slide.items} photos={files} />
        </div>
      );
    }
    case 'problem':
      return (
        <div className="slide-body">
          <p className="slide-kicker">{t.problem}</p>
          <h2>{heading(slide.problem.content, slide)}</h2>
          <Items items={slide.items} photos={[]} />
        </div>
      );
    case 'purpose':
      return (
        <div className="slide-body">
          <h2>{heading(t.purposeTitle, slide)}</h2>
          <Items items={slide.items} photos={[]} />
        </div>
      );
    case 'progress':
      return (
        <div className="slide-body">
          <h2>{heading(t.progressTitle, slide)}</h2>
          <Items items={slide.items} photos={[]} />
        </div>
      );
    case 'support':
      return (
        <div className="slide-body">
          <h2>{heading(t.supportTitle, slide)}</h2>
          <Items items={slide.items} photos={[]} />
        </div>
      );
  }
}
