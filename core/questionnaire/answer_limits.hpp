#pragma once
// Bounds on an answers file (DESIGN §7), each checked before the work it
// bounds; past one, the file is refused (exit 2) naming where. The README
// lists them with the reasons given here.
#include <cstddef>

namespace kiosk::limits {

// Bytes of an answers file or stdin, read no further. The largest legitimate
// file of the shipped form (a signature at its point limit, pretty-printed,
// ~0.4 MB, with every text at its length limit) is under half of it.
inline constexpr std::size_t kAnswersFileBytes = 1024 * 1024;

// Nesting of objects and arrays. Our shape needs 6 (a signature's point);
// a FHIR response 4 + 2 per group level, so 32 lets the FHIR group limit
// below speak for itself.
inline constexpr std::size_t kJsonDepth = 32;

// FHIR item groups inside groups. The shipped form needs 1 (one per page);
// a FHIR form may nest sections.
inline constexpr std::size_t kFhirGroupDepth = 8;

// Entries of "answers", or FHIR items at every level: ten times the shipped
// form's 81 ids (pages, items, groups), so no form comes near it.
inline constexpr std::size_t kAnswers = 1000;

// Characters (not bytes) of a text answer, unless the item's own max_length
// is larger (the loader bounds that at 100 000). Names, e-mail and phone fit
// short text many times over; long text holds several pages.
inline constexpr std::size_t kShortTextChars = 1000;
inline constexpr std::size_t kLongTextChars = 10000;

// A signature: the pad keeps at most one point per frame while the finger
// moves, so 4 096 points are over a minute of drawing at 60 fps (a signature
// takes 2-5 s, 100-300 points), and 64 strokes are many more than any name
// needs. The pad stops at the same limits.
inline constexpr std::size_t kSignatureStrokes = 64;
inline constexpr std::size_t kSignaturePoints = 4096;

}  // namespace kiosk::limits
