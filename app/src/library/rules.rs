//! The moderation of a practice as plain rules: which step may follow which,
//! and who may take it. The service applies them under a row lock; pages use
//! them to show only the buttons that will work.

#[cfg(feature = "ssr")]
use sea_orm::sea_query::StringLen;
use serde::{Deserialize, Serialize};

/// Where the latest revision of a practice stands. What the public sees is
/// separate: the last published revision stays public while a newer one is
/// reviewed, until the practice is withdrawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum, utoipa::ToSchema),
    sea_orm(rs_type = "String", db_type = "String(StringLen::None)")
)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// Waiting for a moderator.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "submitted"))]
    Submitted,
    /// A moderator asked the submitter for changes.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "changes_requested"))]
    ChangesRequested,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "published"))]
    Published,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "rejected"))]
    Rejected,
    /// Taken back by the submitter or taken down by a moderator.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "withdrawn"))]
    Withdrawn,
}

impl Review {
    pub const ALL: [Review; 5] = [
        Review::Submitted,
        Review::ChangesRequested,
        Review::Published,
        Review::Rejected,
        Review::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Review::Submitted => "submitted",
            Review::ChangesRequested => "changes_requested",
            Review::Published => "published",
            Review::Rejected => "rejected",
            Review::Withdrawn => "withdrawn",
        }
    }
}

/// A step in the life of a practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The submitter sends a first or a new revision.
    Submit,
    /// The submitter takes the practice back.
    Withdraw,
    Publish,
    RequestChanges,
    Reject,
    /// A moderator takes a published practice down.
    TakeDown,
}

impl Step {
    pub fn code(self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::Withdraw => "withdraw",
            Step::Publish => "publish",
            Step::RequestChanges => "request_changes",
            Step::Reject => "reject",
            Step::TakeDown => "take_down",
        }
    }

    /// Whether a moderator takes this step (else the submitter does).
    pub fn by_moderator(self) -> bool {
        !matches!(self, Step::Submit | Step::Withdraw)
    }

    /// Whether the step must say why: the submitter needs to know what to
    /// change, or why the answer is no.
    pub fn needs_note(self) -> bool {
        matches!(self, Step::RequestChanges | Step::Reject | Step::TakeDown)
    }
}

/// Why a step is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAllowed {
    /// The step does not follow from where the practice stands.
    NotNow,
    /// A note is required and was empty.
    NoteRequired,
}

/// Where a practice standing at `current` goes with `step`.
pub fn next(current: Review, step: Step) -> Result<Review, NotAllowed> {
    use Review::*;
    match (step, current) {
        (Step::Submit, Submitted | ChangesRequested | Published) => Ok(Submitted),
        (Step::Withdraw, Submitted | ChangesRequested | Published) => Ok(Withdrawn),
        (Step::Publish, Submitted) => Ok(Published),
        (Step::RequestChanges, Submitted) => Ok(ChangesRequested),
        (Step::Reject, Submitted | ChangesRequested) => Ok(Rejected),
        (Step::TakeDown, Published | Submitted | ChangesRequested | Rejected) => Ok(Withdrawn),
        _ => Err(NotAllowed::NotNow),
    }
}

/// `next`, with the note the step may need.
pub fn take(current: Review, step: Step, note: &str) -> Result<Review, NotAllowed> {
    if step.needs_note() && note.trim().is_empty() {
        return Err(NotAllowed::NoteRequired);
    }
    next(current, step)
}

/// The steps a moderator may take now, for the buttons of the review page.
pub fn moderator_steps(current: Review, has_public_revision: bool) -> Vec<Step> {
    [
        Step::Publish,
        Step::RequestChanges,
        Step::Reject,
        Step::TakeDown,
    ]
    .into_iter()
    .filter(|step| next(current, *step).is_ok())
    .filter(|step| *step != Step::TakeDown || has_public_revision)
    .collect()
}

/// Whether the public sees the practice: it has a published revision and
/// was not withdrawn or taken down. A newer revision under review, or one
/// rejected, leaves the published one in place.
pub fn is_public(current: Review, has_published_revision: bool) -> bool {
    has_published_revision && current != Review::Withdrawn
}

/// Whether the submitter's link still edits the practice.
pub fn submitter_may_edit(current: Review) -> bool {
    next(current, Step::Submit).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Review::*;

    #[test]
    fn a_published_revision_stays_public_until_withdrawn() {
        assert!(!is_public(Submitted, false));
        assert!(is_public(Published, true));
        assert!(is_public(Submitted, true));
        assert!(is_public(Rejected, true));
        assert!(!is_public(Withdrawn, true));
    }

    #[test]
    fn a_submission_is_published_after_review() {
        assert_eq!(next(Submitted, Step::Publish), Ok(Published));
        assert_eq!(next(Published, Step::Publish), Err(NotAllowed::NotNow));
    }

    #[test]
    fn changes_go_back_to_review() {
        assert_eq!(next(Submitted, Step::RequestChanges), Ok(ChangesRequested));
        assert_eq!(next(ChangesRequested, Step::Submit), Ok(Submitted));
        assert_eq!(
            next(ChangesRequested, Step::Publish),
            Err(NotAllowed::NotNow),
            "nothing new to publish until the submitter resubmits"
        );
    }

    #[test]
    fn a_new_revision_of_a_published_practice_is_reviewed_again() {
        assert_eq!(next(Published, Step::Submit), Ok(Submitted));
    }

    #[test]
    fn rejected_and_withdrawn_practices_are_closed_to_the_submitter() {
        for closed in [Rejected, Withdrawn] {
            assert!(!submitter_may_edit(closed));
            assert_eq!(next(closed, Step::Withdraw), Err(NotAllowed::NotNow));
        }
        for open in [Submitted, ChangesRequested, Published] {
            assert!(submitter_may_edit(open));
        }
    }

    #[test]
    fn asking_for_changes_or_rejecting_says_why() {
        assert_eq!(
            take(Submitted, Step::Reject, "  "),
            Err(NotAllowed::NoteRequired)
        );
        assert_eq!(
            take(Submitted, Step::RequestChanges, ""),
            Err(NotAllowed::NoteRequired)
        );
        assert_eq!(take(Submitted, Step::Reject, "Out of scope"), Ok(Rejected));
        assert_eq!(take(Submitted, Step::Publish, ""), Ok(Published));
    }

    #[test]
    fn moderators_see_only_the_steps_that_work() {
        assert_eq!(
            moderator_steps(Submitted, false),
            [Step::Publish, Step::RequestChanges, Step::Reject]
        );
        assert_eq!(
            moderator_steps(Submitted, true),
            [
                Step::Publish,
                Step::RequestChanges,
                Step::Reject,
                Step::TakeDown
            ]
        );
        assert_eq!(moderator_steps(Published, true), [Step::TakeDown]);
        assert!(moderator_steps(Withdrawn, true).is_empty());
    }

    #[test]
    fn only_moderators_publish() {
        for step in [
            Step::Publish,
            Step::RequestChanges,
            Step::Reject,
            Step::TakeDown,
        ] {
            assert!(step.by_moderator());
        }
        assert!(!Step::Submit.by_moderator());
        assert!(!Step::Withdraw.by_moderator());
    }
}
