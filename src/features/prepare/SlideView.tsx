import type { EvidenceFile } from '../../domain/evidence';
import type { Slide } from '../../domain/slides';
import { formatDate } from '../../i18n/common';
import { slidesText as t } from '../../i18n/prepare';
import { useObjectUrl } from '../../ui/useObjectUrl';

function Photo({ file, alt }: { file: EvidenceFile; alt: string }) {
  const url = useObjectUrl(file.thumb ?? file.blob);
  return url ? <img src={url} alt={alt} /> : null;
}

function Item({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <p>
      <strong>{label}:</strong> {text}
    </p>
  );
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
      const p = slide.practice;
      const files = slide.evidences.flatMap((e) => (photos.get(e.id) ?? []).map((f) => ({ f, alt: e.description })));
      return (
        <div className="slide-body">
          <p className="slide-kicker">{t.practice}</p>
          <h2>{p.title}</h2>
          <Item label={t.teacher} text={[p.teacherName, p.gradeGroup].filter(Boolean).join(' · ')} />
          <Item label={t.difficulty} text={p.difficulty} />
          <h3>{t.reasons}</h3>
          <ol>
            {p.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ol>
          {files.length > 0 && (
            <div className="slide-photos" aria-label={t.evidences}>
              {files.slice(0, 3).map(({ f, alt }) => (
                <Photo key={f.id} file={f} alt={alt} />
              ))}
            </div>
          )}
        </div>
      );
    }
    case 'progress':
      return (
        <div className="slide-body">
          <h2>{t.progressTitle}</h2>
          <Item label={t.effective} text={slide.plenaria.effectivePractices} />
          <Item label={t.materials} text={slide.plenaria.materials} />
          <Item label={t.hard} text={slide.plenaria.hardContents} />
        </div>
      );
    case 'problem': {
      const p = slide.problem;
      return (
        <div className="slide-body">
          <p className="slide-kicker">{t.problem}</p>
          <h2>{p.content}</h2>
          <Item label={t.organization} text={p.organization} />
          <Item label={t.strategies} text={p.strategies} />
          <Item label={t.interventions} text={p.interventions} />
          <Item label={t.resources} text={p.resources} />
          <Item label={t.failedActions} text={p.failedActions} />
        </div>
      );
    }
    case 'support':
      return (
        <div className="slide-body">
          <h2>{t.supportTitle}</h2>
          {slide.text.map((s, i) => (
            <p key={i}>{s}</p>
          ))}
        </div>
      );
  }
}
