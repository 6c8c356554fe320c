//! Who on the staff may do what. One table, used by every staff route.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Organizer,
    Moderator,
    CheckIn,
}

/// Things staff do that not every role may.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    /// Open the staff pages at all: every role.
    StaffArea,
    /// See registrations and their personal data.
    ViewRegistrations,
    /// Change capacities, programme and registrations.
    ManageEvents,
    /// Review library submissions.
    Moderate,
    /// Check participants in at the venue.
    CheckIn,
    /// Create staff accounts and assign roles.
    ManageStaff,
    /// Read the audit log of every staff action.
    ReadAuditLog,
    /// Make a new event (a new edition).
    CreateEvents,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Organizer, Role::Moderator, Role::CheckIn];

    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Organizer => "organizer",
            Role::Moderator => "moderator",
            Role::CheckIn => "check_in",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    pub fn allows(self, capability: Capability) -> bool {
        use Capability::*;
        match self {
            Role::Admin => true,
            Role::Organizer => matches!(
                capability,
                StaffArea | ViewRegistrations | ManageEvents | CheckIn
            ),
            Role::Moderator => matches!(capability, StaffArea | Moderate),
            Role::CheckIn => matches!(capability, StaffArea | CheckIn),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admins_may_do_everything() {
        for capability in [
            Capability::StaffArea,
            Capability::ViewRegistrations,
            Capability::ManageEvents,
            Capability::Moderate,
            Capability::CheckIn,
            Capability::ManageStaff,
            Capability::ReadAuditLog,
            Capability::CreateEvents,
        ] {
            assert!(Role::Admin.allows(capability));
        }
    }

    #[test]
    fn each_other_role_keeps_to_its_task() {
        assert!(Role::Organizer.allows(Capability::ViewRegistrations));
        assert!(!Role::Organizer.allows(Capability::ManageStaff));
        assert!(!Role::Organizer.allows(Capability::ReadAuditLog));
        assert!(!Role::Moderator.allows(Capability::ViewRegistrations));
        assert!(Role::Moderator.allows(Capability::Moderate));
        assert!(!Role::CheckIn.allows(Capability::ViewRegistrations));
        assert!(!Role::CheckIn.allows(Capability::ManageEvents));
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
