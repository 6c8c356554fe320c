//! Every server function of the app, with the fields its form posts and
//! what it may answer to bad input: the hostile-input corpus sends to each.

use leptos::server_fn::ServerFn;

/// What a server function may answer to a bad request besides a 4xx.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    /// Reads: a search for odd words may find nothing (200).
    Reads,
    /// Changes something: only a refusal will do.
    Writes,
    /// Sent without the staff session (signing out would end it).
    Anonymous,
}

pub struct Function {
    pub path: &'static str,
    pub fields: Vec<&'static str>,
    pub kind: Kind,
}

fn function(path: &'static str, fields: &[&'static str], kind: Kind) -> Function {
    Function {
        path,
        fields: fields.to_vec(),
        kind,
    }
}

pub const REGISTRATION_FIELDS: [&str; 12] = [
    "form[name]",
    "form[email]",
    "form[organisation]",
    "form[organisation_type]",
    "form[country]",
    "form[function]",
    "form[attendance]",
    "form[language]",
    "form[accessibility_needs]",
    "form[dietary_needs]",
    "form[privacy_consent]",
    "form[list_consent]",
];

/// Every server function of the app with the fields its form posts. A test
/// below fails when a function is missing here, so new ones join the corpus.
pub fn functions() -> Vec<Function> {
    use app::{
        events::page as events,
        library::{
            browse_page as browse, follow_page as follow, form_page,
            moderation_pages as moderation, theme_pages as themes,
        },
        organizer::{
            announcements_page as announcements, audit_page, check_in_page as check_in,
            dashboard_page as dashboard, event_settings_page as settings,
            registration_page as staff_registration, registrations_page,
            staff_accounts_page as accounts,
        },
        privacy::page as privacy,
        programme::{choices, directory_pages as directory, page as programme, staff_pages},
        registration::{form as registration, manage},
        staff::pages as staff,
        streaming::{captions_page as captions, staff_page as streams, watch_page as watch},
    };
    use Kind::*;
    const EVENT_FORM: [&str; 14] = [
        "form[slug]",
        "form[title]",
        "form[theme]",
        "form[summary]",
        "form[venue]",
        "form[starts_on]",
        "form[ends_on]",
        "form[timezone]",
        "form[capacity]",
        "form[registration_open]",
        "form[opens_at]",
        "form[closes_at]",
        "form[retention_days]",
        "slug",
    ];
    const ACTIVITY: [&str; 15] = [
        "slug",
        "id",
        "form[kind]",
        "form[title]",
        "form[summary]",
        "form[theme]",
        "form[mode]",
        "form[room]",
        "form[day]",
        "form[starts]",
        "form[ends]",
        "form[streamed]",
        "form[capacity]",
        "form[meeting_point]",
        "form[speakers][]",
    ];
    let register = [&REGISTRATION_FIELDS[..], &["slug"]].concat();
    let update = [&REGISTRATION_FIELDS[..], &["token"]].concat();
    let staff_update = [&REGISTRATION_FIELDS[..], &["slug", "id", "reason"]].concat();
    vec![
        function(registration::Register::PATH, &register, Writes),
        function(registration::TakeRegistrationFlash::PATH, &[], Reads),
        function(manage::ManageRegistration::PATH, &["token"], Reads),
        function(manage::CheckInPass::PATH, &["token"], Reads),
        function(manage::TakeManageFlash::PATH, &[], Reads),
        function(manage::UpdateRegistration::PATH, &update, Writes),
        function(
            manage::CancelRegistration::PATH,
            &["token", "confirm"],
            Writes,
        ),
        function(manage::AnswerOffer::PATH, &["token", "decision"], Writes),
        function(themes::GetThemes::PATH, &[], Reads),
        function(themes::SaveTheme::PATH, &["id", "name", "retired"], Writes),
        function(follow::GetFollow::PATH, &["token"], Reads),
        function(follow::WithdrawPractice::PATH, &["token"], Writes),
        function(
            browse::SearchLibrary::PATH,
            &[
                "query[q]",
                "query[theme]",
                "query[country]",
                "query[event]",
                "query[sort]",
                "query[page]",
            ],
            Reads,
        ),
        function(browse::GetPractice::PATH, &["id"], Reads),
        function(form_page::GetFormChoices::PATH, &[], Reads),
        function(form_page::TakePostedPractice::PATH, &[], Reads),
        function(moderation::GetQueue::PATH, &[], Reads),
        function(moderation::GetReview::PATH, &["id"], Reads),
        function(
            moderation::ModeratePractice::PATH,
            &["id", "revision", "step", "note"],
            Writes,
        ),
        function(events::ListEvents::PATH, &[], Reads),
        function(events::GetEvent::PATH, &["slug"], Reads),
        function(staff::StaffLogin::PATH, &["email", "password"], Anonymous),
        function(staff::StaffLogout::PATH, &[], Anonymous),
        function(staff::GetStaffHome::PATH, &[], Reads),
        function(accounts::GetStaffAccounts::PATH, &[], Reads),
        function(
            accounts::AddStaffAccount::PATH,
            &["name", "email", "role", "password"],
            Writes,
        ),
        function(
            accounts::ChangeStaffAccount::PATH,
            &["account", "role"],
            Writes,
        ),
        function(settings::GetEventSettings::PATH, &["slug"], Reads),
        function(settings::SaveEventSettings::PATH, &EVENT_FORM, Writes),
        function(settings::MayCreateEvents::PATH, &[], Reads),
        function(settings::CreateEvent::PATH, &EVENT_FORM, Writes),
        function(check_in::GetArrivals::PATH, &["slug"], Reads),
        function(check_in::LookUpCode::PATH, &["code"], Reads),
        function(check_in::GetBadges::PATH, &["slug"], Reads),
        function(
            audit_page::AuditLog::PATH,
            &[
                "query[event]",
                "query[action]",
                "query[staff]",
                "query[before]",
            ],
            Reads,
        ),
        function(dashboard::GetDashboard::PATH, &["slug"], Reads),
        function(
            dashboard::ChangeCapacity::PATH,
            &["slug", "capacity"],
            Writes,
        ),
        function(
            registrations_page::StaffRegistrations::PATH,
            &[
                "slug",
                "query[q]",
                "query[attendance]",
                "query[status]",
                "query[country]",
                "query[sort]",
                "query[page]",
            ],
            Reads,
        ),
        function(
            staff_registration::GetStaffRegistration::PATH,
            &["slug", "id"],
            Reads,
        ),
        function(
            staff_registration::TakeStaffRegistrationFlash::PATH,
            &[],
            Reads,
        ),
        function(
            staff_registration::StaffUpdateRegistration::PATH,
            &staff_update,
            Writes,
        ),
        function(
            staff_registration::StaffRegistrationStep::PATH,
            &["slug", "id", "step", "reason"],
            Writes,
        ),
        function(announcements::GetAnnouncements::PATH, &["slug"], Reads),
        function(
            announcements::GetAnnouncementProgress::PATH,
            &["slug"],
            Reads,
        ),
        function(
            announcements::Announce::PATH,
            &[
                "slug",
                "intent",
                "draft[segment]",
                "draft[subject][en]",
                "draft[body][en]",
                "draft[subject][nl]",
                "draft[body][nl]",
            ],
            Writes,
        ),
        function(choices::GetMyProgramme::PATH, &["token"], Reads),
        function(choices::TakeProgrammeFlash::PATH, &[], Reads),
        function(
            choices::ChangeChoice::PATH,
            &["token", "activity", "decision"],
            Writes,
        ),
        function(choices::RenewCalendarFeed::PATH, &["token"], Writes),
        function(programme::GetProgramme::PATH, &["slug"], Reads),
        function(staff_pages::GetStaffProgramme::PATH, &["slug"], Reads),
        function(staff_pages::GetSignUps::PATH, &["slug", "activity"], Reads),
        function(staff_pages::TakeActivityFlash::PATH, &["slug", "id"], Reads),
        function(staff_pages::SaveActivity::PATH, &ACTIVITY, Writes),
        function(
            staff_pages::CancelActivity::PATH,
            &["slug", "activity"],
            Writes,
        ),
        function(directory::SaveRoom::PATH, &["slug", "id", "name"], Writes),
        function(directory::RemoveRoom::PATH, &["slug", "id"], Writes),
        function(
            directory::SaveSpeaker::PATH,
            &[
                "slug",
                "id",
                "person[name]",
                "person[organisation]",
                "person[country]",
            ],
            Writes,
        ),
        function(directory::RemoveSpeaker::PATH, &["slug", "id"], Writes),
        function(accounts::TakeStaffAccountFlash::PATH, &[], Reads),
        function(settings::TakeEventFormFlash::PATH, &["slug"], Reads),
        function(announcements::TakeAnnouncementFlash::PATH, &["slug"], Reads),
        function(watch::GetWatch::PATH, &["token", "session_id"], Reads),
        function(watch::GetWatchable::PATH, &["token"], Reads),
        function(streams::GetStreams::PATH, &["slug"], Reads),
        function(
            streams::ChangeStream::PATH,
            &["slug", "session_id", "change"],
            Writes,
        ),
        function(streams::TakeStreamTokenFlash::PATH, &[], Reads),
        function(streams::GetPublish::PATH, &["slug", "session_id"], Reads),
        function(captions::GetCaptions::PATH, &["slug", "session_id"], Reads),
        function(
            captions::SendCaption::PATH,
            &["slug", "session_id", "caption", "form_key"],
            Writes,
        ),
        function(captions::TakeCaptionFlash::PATH, &["session_id"], Reads),
        function(privacy::GetPersonalData::PATH, &["token"], Reads),
        function(
            privacy::ErasePersonalData::PATH,
            &["token", "confirm"],
            Writes,
        ),
    ]
}
