//! Places taken by viewers' connections: the server's limit over all
//! streams (`MEDIA_MAX_VIEWERS`), and each registered person's limit per
//! stream. A place is taken before the connection is made and given back
//! when its [`Seat`] is dropped (the connection ended, or was never made);
//! checking and taking happen under one lock, so requests arriving
//! together cannot go over either limit.

use app::streaming::access::Viewer;
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};
use uuid::Uuid;

/// Connections one person may have to a stream at once: a reload or a
/// second device works, and nobody holds many of the server's ports.
pub const SCREENS_PER_PERSON: usize = 3;

#[derive(Debug, PartialEq, Eq)]
pub enum NoSeat {
    /// The server has as many viewers as it takes.
    ServerFull,
    /// The person already watches this stream on as many screens as allowed.
    TooManyScreens,
}

#[derive(Default)]
struct Taken {
    total: u64,
    /// Screens by stream and registration.
    screens: HashMap<(i32, Uuid), usize>,
}

pub struct Seats {
    limit: u64,
    taken: Mutex<Taken>,
}

/// A place held by one viewer connection.
pub struct Seat {
    seats: Arc<Seats>,
    person: Option<(i32, Uuid)>,
}

impl Seats {
    pub fn new(limit: u64) -> Arc<Seats> {
        Arc::new(Seats {
            limit,
            taken: Mutex::new(Taken::default()),
        })
    }

    /// A place for `who` to watch the session's stream, if both limits allow.
    pub fn take(self: &Arc<Self>, session_id: i32, who: Viewer) -> Result<Seat, NoSeat> {
        let mut taken = self.taken.lock().map_err(|_| NoSeat::ServerFull)?;
        if taken.total >= self.limit {
            return Err(NoSeat::ServerFull);
        }
        let person = match who {
            Viewer::Registered(id) => Some((session_id, id)),
            Viewer::Public => None,
        };
        if let Some(person) = person {
            let screens = taken.screens.entry(person).or_default();
            if *screens >= SCREENS_PER_PERSON {
                return Err(NoSeat::TooManyScreens);
            }
            *screens += 1;
        }
        taken.total += 1;
        Ok(Seat {
            seats: self.clone(),
            person,
        })
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        let Ok(mut taken) = self.seats.taken.lock() else {
            return;
        };
        taken.total = taken.total.saturating_sub(1);
        if let Some(person) = self.person {
            if let Some(screens) = taken.screens.get_mut(&person) {
                *screens = screens.saturating_sub(1);
                if *screens == 0 {
                    taken.screens.remove(&person);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{NoSeat, Seats, Viewer, SCREENS_PER_PERSON};
    use uuid::Uuid;

    #[test]
    fn a_person_watches_a_stream_on_three_screens_and_gets_them_back() {
        let seats = Seats::new(100);
        let anna = Viewer::Registered(Uuid::new_v4());
        let mut hers: Vec<_> = (0..SCREENS_PER_PERSON)
            .map(|_| seats.take(1, anna).expect("a screen"))
            .collect();
        assert_eq!(seats.take(1, anna).err(), Some(NoSeat::TooManyScreens));
        assert!(seats.take(2, anna).is_ok(), "another stream counts apart");
        assert!(
            seats.take(1, Viewer::Public).is_ok(),
            "public viewers are not counted per person"
        );
        hers.pop();
        assert!(seats.take(1, anna).is_ok(), "a closed screen is given back");
    }

    #[test]
    fn the_server_takes_no_more_than_its_limit() {
        let seats = Seats::new(2);
        let first = seats.take(1, Viewer::Public).expect("first");
        let _second = seats
            .take(2, Viewer::Registered(Uuid::new_v4()))
            .expect("second");
        assert_eq!(
            seats.take(1, Viewer::Public).err(),
            Some(NoSeat::ServerFull)
        );
        drop(first);
        assert!(seats.take(1, Viewer::Public).is_ok());
    }
}
