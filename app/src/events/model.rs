//! What the event pages and the open API show of an event.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EventView {
    pub slug: String,
    pub title: String,
    pub theme: String,
    pub summary: String,
    pub venue: String,
    pub objectives: Vec<String>,
    pub target_groups: Vec<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub timezone: String,
    pub registration_open: bool,
    pub capacity: CapacityView,
    /// Days after the event that participants' personal data is kept.
    pub retention_days: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CapacityView {
    pub in_person: InPersonCapacity,
    pub online: OnlineCapacity,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InPersonCapacity {
    pub limit: u64,
    pub confirmed: u64,
    pub waitlisted: u64,
    pub offered: u64,
    pub left: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OnlineCapacity {
    pub registered: u64,
}

impl InPersonCapacity {
    pub fn is_full(&self) -> bool {
        self.left == 0 || self.waitlisted > 0
    }
}
