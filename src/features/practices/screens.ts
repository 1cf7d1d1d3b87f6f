import { practiceText } from '../../i18n/practices';
import type { RecordScreens } from '../../ui/records/screens';

export const practiceScreens: RecordScreens = { kind: 'practice', path: '/practicas', newPath: '/practicas/nueva', text: practiceText };
