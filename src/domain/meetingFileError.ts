/** Why a meeting file was refused; the Spanish reason for each lives in i18n/meetings.ts. */
export type FileErrorCode = 'notMeetingFile' | 'newerFormat' | 'damaged' | 'otherMeeting' | 'tooLarge';
