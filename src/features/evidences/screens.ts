import { evidenceText } from '../../i18n/evidences';
import type { RecordScreens } from '../../ui/records/screens';

export const evidenceScreens: RecordScreens = { kind: 'evidence', path: '/evidencias', newPath: '/evidencias/nueva', text: evidenceText };
