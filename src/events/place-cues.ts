// The cue sets of the event stage that read places: where an act is told, a region, a border, a venue or a
// seat, and the place left or travelled to (place-mentions.ts, group-place.ts, left-place.ts). Split from
// event-cues.ts, which is at its size limit; compiled from lexicons/cues.tsv by compileCues (cues.ts).

/** Places, regions and borders, venues and seats, and travel. */
export interface PlaceCues {
  locative: Set<string>;
  placeHead: Set<string>;
  /** Words of direction or region before a state (`شرق`، `شمالي`، `ريف`): a region of it (group-place.ts). */
  directionWord: Set<string>;
  /** Verbs of leaving (`غادر`، `مغادرته`): a state right after one is the place left. */
  leftPlace: Set<string>;
  /** Participles of heading (`متجها`): after the place left (`left_place`). */
  heading: Set<string>;
  /** Words of travelling to a place (`متجها`، `سافر`، `وصل`) before إلى (`travel_to`). */
  travelTo: Set<string>;
  /** Words of a border or of lying next to (`على الحدود مع العراق`، `المحاذية لتركيا`): the state after is a neighbour. */
  borderHead: Set<string>;
  venueNoun: Set<string>;
  /** Words of a seat (مقر) that tell a destination as a meeting's venue (lexicons/cues.tsv venue_seat). */
  venueSeat: Set<string>;
  /** Capitals named for the international bodies seated there (`بروكسل`): never an event party. */
  bodySeat: Set<string>;
}
