//! The rules of limited places, shared by everything that has a capacity:
//! who gets a place, who waits, and how many waiting people get an offer
//! when places free up. Offered places are held for the person offered.

use crate::registration::model::Status;
use serde::{Deserialize, Serialize};

/// How the places of one capacity are taken right now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceCounts {
    pub confirmed: u64,
    /// Held for someone from the waitlist until their offer expires.
    pub offered: u64,
    pub waitlisted: u64,
}

/// What a new request for a place gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Admission {
    Confirmed,
    Waitlisted,
}

impl PlaceCounts {
    /// Places neither taken nor held.
    pub fn left(&self, limit: u64) -> u64 {
        limit.saturating_sub(self.confirmed + self.offered)
    }

    /// A newcomer gets a place only if one is free and nobody is waiting for
    /// it: the waitlist is served first.
    pub fn admit(&self, limit: u64) -> Admission {
        if self.left(limit) > 0 && self.waitlisted == 0 {
            Admission::Confirmed
        } else {
            Admission::Waitlisted
        }
    }

    /// How many people from the head of the waitlist get an offer now.
    pub fn offers_to_make(&self, limit: u64) -> u64 {
        self.left(limit).min(self.waitlisted)
    }

    /// Takes in one row of a count by state (cancelled places count for nothing).
    pub fn record(&mut self, status: Status, count: i64) {
        let count = u64::try_from(count).unwrap_or(0);
        match status {
            Status::Confirmed => self.confirmed = count,
            Status::Offered => self.offered = count,
            Status::Waitlisted => self.waitlisted = count,
            Status::Cancelled => {}
        }
    }

    /// Whether `limit` could be set without taking away a place already given.
    pub fn fits_within(&self, limit: u64) -> bool {
        self.confirmed + self.offered <= limit
    }

    /// The capacity that leaves room for one more place given by hand: the
    /// same when a place is free, one above what is taken and held when not.
    pub fn capacity_for_one_more(&self, limit: u64) -> u64 {
        limit.max(self.confirmed + self.offered + 1)
    }
}

/// Where a request for a place lands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Confirmed,
    /// At the end of the line: its number there, and its position from 1.
    Waitlisted {
        seq: i64,
        position: u64,
    },
}

/// A capacity as it stands under its lock: how its places are taken, and
/// the last number given on its waitlist. Enough to place requests in turn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Line {
    pub counts: PlaceCounts,
    pub last_seq: i64,
}

impl Line {
    /// The place the next request gets under `limit` (`None`: unlimited);
    /// the request is counted in for the one after it.
    pub fn place(&mut self, limit: Option<u64>) -> Place {
        let admission = limit.map_or(Admission::Confirmed, |limit| self.counts.admit(limit));
        match admission {
            Admission::Confirmed => {
                self.counts.confirmed += 1;
                Place::Confirmed
            }
            Admission::Waitlisted => {
                self.counts.waitlisted += 1;
                self.last_seq += 1;
                Place::Waitlisted {
                    seq: self.last_seq,
                    position: self.counts.waitlisted,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(confirmed: u64, offered: u64, waitlisted: u64) -> PlaceCounts {
        PlaceCounts {
            confirmed,
            offered,
            waitlisted,
        }
    }

    #[test]
    fn a_place_given_by_hand_raises_the_capacity_only_when_none_is_free() {
        assert_eq!(counts(148, 1, 4).capacity_for_one_more(150), 150);
        assert_eq!(counts(149, 1, 4).capacity_for_one_more(150), 151);
        assert_eq!(counts(150, 0, 4).capacity_for_one_more(150), 151);
    }

    #[test]
    fn free_places_are_given_until_the_limit() {
        assert_eq!(counts(0, 0, 0).admit(150), Admission::Confirmed);
        assert_eq!(counts(149, 0, 0).admit(150), Admission::Confirmed);
        assert_eq!(counts(150, 0, 0).admit(150), Admission::Waitlisted);
        assert_eq!(counts(0, 0, 0).admit(0), Admission::Waitlisted);
    }

    #[test]
    fn held_offers_count_as_taken() {
        assert_eq!(counts(149, 1, 0).left(150), 0);
        assert_eq!(counts(149, 1, 0).admit(150), Admission::Waitlisted);
    }

    #[test]
    fn newcomers_never_overtake_the_waitlist() {
        assert_eq!(counts(140, 0, 3).admit(150), Admission::Waitlisted);
    }

    #[test]
    fn offers_go_to_as_many_as_places_free() {
        assert_eq!(counts(150, 0, 5).offers_to_make(150), 0);
        assert_eq!(counts(149, 0, 5).offers_to_make(150), 1);
        assert_eq!(counts(140, 2, 5).offers_to_make(150), 5);
        assert_eq!(counts(140, 2, 0).offers_to_make(150), 0);
        assert_eq!(counts(160, 0, 5).offers_to_make(150), 0);
    }

    #[test]
    fn a_limit_below_places_given_does_not_fit() {
        assert!(counts(100, 2, 9).fits_within(102));
        assert!(!counts(100, 2, 9).fits_within(101));
    }

    #[test]
    fn requests_in_turn_fill_the_places_then_queue_up() {
        let mut line = Line {
            counts: counts(1, 0, 0),
            last_seq: 7,
        };
        assert_eq!(line.place(Some(2)), Place::Confirmed);
        assert_eq!(
            line.place(Some(2)),
            Place::Waitlisted {
                seq: 8,
                position: 1
            }
        );
        assert_eq!(
            line.place(Some(2)),
            Place::Waitlisted {
                seq: 9,
                position: 2
            }
        );
        assert_eq!(line.counts, counts(2, 0, 2));
    }

    #[test]
    fn without_a_limit_everyone_gets_a_place() {
        let mut line = Line::default();
        for _ in 0..1000 {
            assert_eq!(line.place(None), Place::Confirmed);
        }
    }
}
