// Package eval scores predicted annotations against gold: it matches
// predictions to gold one to one, counts agreements under several schemas,
// and turns counts into precision, recall and F1 with bootstrap intervals and
// paired significance tests.
//
// Scoring is done per document ([ScoreDocument]) into integer-valued
// counts; a corpus score is the sum of document counts, and every ratio is
// computed from the sums (micro-averaging). Keeping counts, not ratios, per
// document is what lets results be merged, resampled and compared exactly;
// in particular the half credit of the partial schema survives merging.
//
// Conventions used by every ratio here: P = hit/predicted, R = hit/gold,
// F1 = 2·hit/(predicted+gold). When there is nothing to predict and nothing
// was predicted, P = R = F1 = 1; when only one side is empty, the undefined
// ratio is 0.
//
// Package eval imports gold but never extractors: it scores annotations,
// wherever they came from.
package eval
