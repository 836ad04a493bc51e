// The voices of a crisis wave. Why a closed list: each phase of a crisis draws
// them with different weights (witnesses first, headlines and boycotts later).

export type CrisisStance =
  | 'witness'
  | 'relay'
  | 'anger'
  | 'fear'
  | 'sarcasm'
  | 'boycott'
  | 'quit'
  | 'question'
  | 'demand'
  | 'defend'
  | 'joke'
  | 'headline'
  | 'article'
  | 'reaction'
  | 'statement'
  | 'reply'
