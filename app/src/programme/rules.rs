//! Who may choose what, and when two choices clash. Plain rules, used by the
//! booking service under the event's lock and by the pages to explain.

use super::model::{ActivityKind, Mode};
use crate::{
    i18n::Locale,
    registration::model::{Attendance, Status},
};
use chrono::{DateTime, Utc};

/// How a registration takes part in the programme right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Participation {
    InPerson,
    Online,
}

/// How someone registered as `attendance` with `status` takes part: people
/// still waiting (or offered) an in-person place take part online until
/// they hold it; a cancelled registration takes no part.
pub fn participation(attendance: Attendance, status: Status) -> Option<Participation> {
    match (attendance, status) {
        (_, Status::Cancelled) => None,
        (Attendance::InPerson, Status::Confirmed) => Some(Participation::InPerson),
        _ => Some(Participation::Online),
    }
}

/// Why a choice is refused. Each names a message for the participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Plenaries are for everyone; there is nothing to choose.
    NoSignUp,
    /// Site visits are for people who come in person.
    VisitsInPersonOnly,
    /// The session happens in the room only.
    InPersonOnly,
    /// The session happens online only.
    OnlineOnly,
    /// The choice overlaps an earlier one, named here.
    Clash { with: String },
    /// One site visit per participant; the one already booked is named.
    OneVisit { booked: String },
}

impl Refusal {
    /// The message key, for the i18n layer.
    pub fn key(&self) -> &'static str {
        match self {
            Refusal::NoSignUp => "refusal-no-sign-up",
            Refusal::VisitsInPersonOnly => "refusal-visits-in-person-only",
            Refusal::InPersonOnly => "refusal-in-person-only",
            Refusal::OnlineOnly => "refusal-online-only",
            Refusal::Clash { .. } => "refusal-clash",
            Refusal::OneVisit { .. } => "refusal-one-visit",
        }
    }

    /// What the participant reads, naming the choice in the way.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            Refusal::Clash { with: title } | Refusal::OneVisit { booked: title } => {
                locale.t_with(self.key(), &[("title", title.as_str().into())])
            }
            _ => locale.t(self.key()),
        }
    }
}

/// Whether someone taking part as `participation` may sign up for an
/// activity of this kind and mode.
pub fn may_choose(
    participation: Participation,
    kind: ActivityKind,
    mode: Mode,
) -> Result<(), Refusal> {
    match (participation, kind, mode) {
        (_, ActivityKind::Plenary, _) => Err(Refusal::NoSignUp),
        (Participation::Online, ActivityKind::Visit, _) => Err(Refusal::VisitsInPersonOnly),
        (Participation::Online, _, Mode::InPerson) => Err(Refusal::InPersonOnly),
        (Participation::InPerson, _, Mode::Online) => Err(Refusal::OnlineOnly),
        _ => Ok(()),
    }
}

/// A stretch of time, start included, end excluded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl Slot {
    /// Two slots clash when they share a moment; one ending as the other
    /// begins do not.
    pub fn clashes_with(&self, other: &Slot) -> bool {
        self.starts_at < other.ends_at && other.starts_at < self.ends_at
    }
}

/// A choice already made: what it is called, when, and whether it is a visit.
#[derive(Clone, Debug)]
pub struct Chosen {
    pub title: String,
    pub slot: Slot,
    pub kind: ActivityKind,
}

/// Whether a new choice of `kind` in `slot` fits with the choices already
/// made: no overlap, and at most one site visit.
pub fn fits_with(kind: ActivityKind, slot: &Slot, chosen: &[Chosen]) -> Result<(), Refusal> {
    if kind == ActivityKind::Visit {
        if let Some(visit) = chosen.iter().find(|c| c.kind == ActivityKind::Visit) {
            return Err(Refusal::OneVisit {
                booked: visit.title.clone(),
            });
        }
    }
    match chosen.iter().find(|c| c.slot.clashes_with(slot)) {
        Some(clash) => Err(Refusal::Clash {
            with: clash.title.clone(),
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn slot(from: (u32, u32), to: (u32, u32)) -> Slot {
        let at = |(h, m)| Utc.with_ymd_and_hms(2025, 5, 15, h, m, 0).unwrap();
        Slot {
            starts_at: at(from),
            ends_at: at(to),
        }
    }

    fn chosen(title: &str, kind: ActivityKind, slot: Slot) -> Chosen {
        Chosen {
            title: title.into(),
            slot,
            kind,
        }
    }

    #[test]
    fn waiting_for_a_place_means_taking_part_online() {
        use Attendance::*;
        assert_eq!(
            participation(InPerson, Status::Confirmed),
            Some(Participation::InPerson)
        );
        assert_eq!(
            participation(InPerson, Status::Waitlisted),
            Some(Participation::Online)
        );
        assert_eq!(
            participation(InPerson, Status::Offered),
            Some(Participation::Online)
        );
        assert_eq!(
            participation(Online, Status::Confirmed),
            Some(Participation::Online)
        );
        assert_eq!(participation(InPerson, Status::Cancelled), None);
    }

    #[test]
    fn in_person_participants_choose_in_person_and_hybrid_sessions_and_visits() {
        use ActivityKind::*;
        let p = Participation::InPerson;
        assert_eq!(may_choose(p, Breakout, Mode::InPerson), Ok(()));
        assert_eq!(may_choose(p, Workshop, Mode::Hybrid), Ok(()));
        assert_eq!(may_choose(p, Visit, Mode::InPerson), Ok(()));
        assert_eq!(
            may_choose(p, Breakout, Mode::Online),
            Err(Refusal::OnlineOnly)
        );
    }

    #[test]
    fn online_participants_choose_online_and_hybrid_sessions_but_no_visits() {
        use ActivityKind::*;
        let p = Participation::Online;
        assert_eq!(may_choose(p, Breakout, Mode::Online), Ok(()));
        assert_eq!(may_choose(p, Breakout, Mode::Hybrid), Ok(()));
        assert_eq!(
            may_choose(p, Breakout, Mode::InPerson),
            Err(Refusal::InPersonOnly)
        );
        assert_eq!(
            may_choose(p, Visit, Mode::InPerson),
            Err(Refusal::VisitsInPersonOnly)
        );
    }

    #[test]
    fn plenaries_need_no_sign_up() {
        for p in [Participation::InPerson, Participation::Online] {
            assert_eq!(
                may_choose(p, ActivityKind::Plenary, Mode::Hybrid),
                Err(Refusal::NoSignUp)
            );
        }
    }

    #[test]
    fn overlapping_slots_clash_and_touching_ones_do_not() {
        let morning = slot((10, 0), (11, 30));
        assert!(morning.clashes_with(&slot((11, 0), (12, 0))));
        assert!(morning.clashes_with(&slot((10, 30), (11, 0))));
        assert!(morning.clashes_with(&slot((9, 0), (13, 0))));
        assert!(morning.clashes_with(&morning));
        assert!(!morning.clashes_with(&slot((11, 30), (12, 30))));
        assert!(!morning.clashes_with(&slot((9, 0), (10, 0))));
    }

    #[test]
    fn a_clash_names_the_earlier_choice() {
        let booked = [chosen(
            "Digital intake",
            ActivityKind::Breakout,
            slot((10, 0), (11, 30)),
        )];
        assert_eq!(
            fits_with(ActivityKind::Workshop, &slot((11, 0), (12, 0)), &booked),
            Err(Refusal::Clash {
                with: "Digital intake".into()
            })
        );
        assert_eq!(
            fits_with(ActivityKind::Workshop, &slot((11, 30), (12, 0)), &booked),
            Ok(())
        );
    }

    #[test]
    fn one_site_visit_per_participant() {
        let booked = [chosen(
            "Centre Budel",
            ActivityKind::Visit,
            slot((13, 0), (17, 0)),
        )];
        assert_eq!(
            fits_with(ActivityKind::Visit, &slot((9, 0), (12, 0)), &booked),
            Err(Refusal::OneVisit {
                booked: "Centre Budel".into()
            })
        );
    }
}
