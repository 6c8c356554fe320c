//! The authorisation matrix: every staff page, download and server function
//! against anonymous visitors, each role and an admin. Each route names the
//! capability it is meant for; exactly the roles with that capability get
//! through, anonymous visitors get 401 and the others 403.

mod support;

use app::staff::{
    auth,
    roles::{Capability, Role},
};
use leptos::server_fn::ServerFn;
use support::{Engine, TestApp};

enum Method {
    Get,
    /// A server function, called as a form would post it.
    Post(Vec<(&'static str, String)>),
}

struct Route {
    path: String,
    method: Method,
    capability: Capability,
}

fn page(path: impl Into<String>, capability: Capability) -> Route {
    Route {
        path: path.into(),
        method: Method::Get,
        capability,
    }
}

fn function(path: &str, form: &[(&'static str, &str)], capability: Capability) -> Route {
    Route {
        path: path.to_owned(),
        method: Method::Post(form.iter().map(|(k, v)| (*k, (*v).to_owned())).collect()),
        capability,
    }
}

async fn status(app: &TestApp, route: &Route, session: Option<&str>) -> u16 {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let url = format!("{}{}", app.base_url, route.path);
    let mut request = match &route.method {
        Method::Get => client.get(url),
        Method::Post(form) => client.post(url).form(form),
    };
    if let Some(token) = session {
        request = request.header("cookie", format!("{}={token}", auth::SESSION_COOKIE));
    }
    request.send().await.expect("response").status().as_u16()
}

#[tokio::test]
async fn every_staff_route_lets_in_exactly_the_roles_it_is_meant_for() {
    use app::{
        library::{moderation_pages as moderation, theme_pages as themes},
        organizer::{
            announcements_page as announcements, audit_page, check_in_page as check_in,
            dashboard_page as dashboard, event_settings_page as settings,
            registration_page as registration, registrations_page, staff_accounts_page as accounts,
        },
        programme::{directory_pages as directory, staff_pages as programme},
        staff::pages as staff,
        streaming::{captions_page as captions, staff_page as streams},
    };
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let form: app::registration::model::RegistrationForm =
        serde_json::from_value(support::registration(1, "in_person")).expect("form");
    let person = app
        .state
        .registrations
        .register("ikp-2025", &form, chrono::Utc::now())
        .await
        .expect("registered");
    let id = person.receipt.id.clone();
    let activity = app::programme::service::visits(&app.state.db, "ikp-2025")
        .await
        .expect("visits")[0]
        .id
        .to_string();
    let practice = uuid::Uuid::new_v4().to_string();
    let streamed = {
        use app::programme::entity::activity;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        activity::Entity::find()
            .filter(activity::Column::Streamed.eq(true))
            .one(&app.state.db)
            .await
            .expect("query")
            .expect("a streamed session")
            .id
            .to_string()
    };
    use Capability::*;
    let routes = [
        page("/staff", StaffArea),
        page("/staff/events/ikp-2025/live", ViewRegistrations),
        page("/staff/events/ikp-2025", ViewRegistrations),
        page("/staff/events/ikp-2025/registrations", ViewRegistrations),
        page(
            format!("/staff/events/ikp-2025/registrations/{id}"),
            ViewRegistrations,
        ),
        page(
            "/staff/events/ikp-2025/registrations.csv",
            ViewRegistrations,
        ),
        page(
            "/staff/events/ikp-2025/registrations.xlsx",
            ViewRegistrations,
        ),
        page("/staff/events/ikp-2025/programme", ManageEvents),
        page(
            format!("/staff/events/ikp-2025/programme/{activity}"),
            ViewRegistrations,
        ),
        page(
            format!("/staff/events/ikp-2025/activities/{activity}/signups.csv"),
            ViewRegistrations,
        ),
        page(
            format!("/staff/events/ikp-2025/activities/{activity}/manifest.csv"),
            ViewRegistrations,
        ),
        page("/staff/audit", ReadAuditLog),
        page("/staff/accounts", ManageStaff),
        page("/staff/new-event", CreateEvents),
        page("/staff/events/ikp-2025/settings", ManageEvents),
        function(
            settings::GetEventSettings::PATH,
            &[("slug", "ikp-2025")],
            ManageEvents,
        ),
        function(
            settings::SaveEventSettings::PATH,
            &[("slug", "ikp-2025"), ("form[title]", "")],
            ManageEvents,
        ),
        function(
            settings::CreateEvent::PATH,
            &[("form[slug]", "")],
            CreateEvents,
        ),
        function(settings::MayCreateEvents::PATH, &[], CreateEvents),
        function(accounts::GetStaffAccounts::PATH, &[], ManageStaff),
        function(
            accounts::AddStaffAccount::PATH,
            &[("name", ""), ("email", ""), ("role", ""), ("password", "")],
            ManageStaff,
        ),
        function(
            accounts::ChangeStaffAccount::PATH,
            &[("account", "999999"), ("role", "organizer")],
            ManageStaff,
        ),
        page("/staff/events/ikp-2025/check-in", CheckIn),
        page("/staff/events/ikp-2025/badges", CheckIn),
        page("/staff/events/ikp-2025/announcements", ManageEvents),
        function(
            announcements::GetAnnouncements::PATH,
            &[("slug", "ikp-2025")],
            ManageEvents,
        ),
        function(
            announcements::GetAnnouncementProgress::PATH,
            &[("slug", "ikp-2025")],
            ManageEvents,
        ),
        function(
            announcements::Announce::PATH,
            &[
                ("slug", "ikp-2025"),
                ("intent", "preview"),
                ("draft[segment]", "nobody"),
            ],
            ManageEvents,
        ),
        page(format!("/staff/check-in/{practice}"), CheckIn),
        function("/staff/check-in", &[("code", "unknown")], CheckIn),
        function(
            check_in::GetArrivals::PATH,
            &[("slug", "ikp-2025")],
            CheckIn,
        ),
        function(check_in::LookUpCode::PATH, &[("code", "unknown")], CheckIn),
        function(check_in::GetBadges::PATH, &[("slug", "ikp-2025")], CheckIn),
        page("/staff/library", Moderate),
        page("/staff/library/themes", ManageEvents),
        page(
            format!("/staff/library/{practice}/files/{practice}"),
            Moderate,
        ),
        function(staff::GetStaffHome::PATH, &[], StaffArea),
        function(
            dashboard::GetDashboard::PATH,
            &[("slug", "ikp-2025")],
            ViewRegistrations,
        ),
        function(
            dashboard::ChangeCapacity::PATH,
            &[("slug", "ikp-2025"), ("capacity", "x")],
            ManageEvents,
        ),
        function(
            registrations_page::StaffRegistrations::PATH,
            &[("slug", "ikp-2025"), ("query[q]", "")],
            ViewRegistrations,
        ),
        function(
            registration::GetStaffRegistration::PATH,
            &[("slug", "ikp-2025"), ("id", &id)],
            ViewRegistrations,
        ),
        function(
            registration::StaffUpdateRegistration::PATH,
            &[
                ("slug", "ikp-2025"),
                ("id", &id),
                ("reason", ""),
                ("form[name]", ""),
            ],
            ManageEvents,
        ),
        function(
            registration::StaffRegistrationStep::PATH,
            &[
                ("slug", "ikp-2025"),
                ("id", &id),
                ("step", "cancel"),
                ("reason", ""),
            ],
            ManageEvents,
        ),
        function(
            audit_page::AuditLog::PATH,
            &[
                ("query[event]", ""),
                ("query[action]", ""),
                ("query[staff]", ""),
                ("query[before]", ""),
            ],
            ReadAuditLog,
        ),
        function(
            programme::GetStaffProgramme::PATH,
            &[("slug", "ikp-2025")],
            ManageEvents,
        ),
        function(
            programme::GetSignUps::PATH,
            &[("slug", "ikp-2025"), ("activity", &activity)],
            ViewRegistrations,
        ),
        function(
            programme::SaveActivity::PATH,
            &[
                ("slug", "ikp-2025"),
                ("id", ""),
                ("form[kind]", "breakout"),
                ("form[title]", ""),
                ("form[summary]", ""),
                ("form[mode]", "hybrid"),
                ("form[day]", ""),
                ("form[starts]", ""),
                ("form[ends]", ""),
            ],
            ManageEvents,
        ),
        function(
            programme::CancelActivity::PATH,
            &[("slug", "ikp-2025"), ("activity", "999999")],
            ManageEvents,
        ),
        function(
            directory::SaveRoom::PATH,
            &[("slug", "ikp-2025"), ("id", ""), ("name", "")],
            ManageEvents,
        ),
        function(
            directory::RemoveRoom::PATH,
            &[("slug", "ikp-2025"), ("id", "999999")],
            ManageEvents,
        ),
        function(
            directory::SaveSpeaker::PATH,
            &[
                ("slug", "ikp-2025"),
                ("id", ""),
                ("person[name]", ""),
                ("person[organisation]", ""),
                ("person[country]", ""),
            ],
            ManageEvents,
        ),
        function(
            directory::RemoveSpeaker::PATH,
            &[("slug", "ikp-2025"), ("id", "999999")],
            ManageEvents,
        ),
        function(moderation::GetQueue::PATH, &[], Moderate),
        function(moderation::GetReview::PATH, &[("id", &practice)], Moderate),
        function(
            moderation::ModeratePractice::PATH,
            &[
                ("id", &practice),
                ("revision", &practice),
                ("step", "publish"),
                ("note", ""),
            ],
            Moderate,
        ),
        page("/staff/events/ikp-2025/streams", ManageEvents),
        page(
            format!("/staff/events/ikp-2025/streams/{streamed}/publish"),
            ManageEvents,
        ),
        function(
            streams::GetStreams::PATH,
            &[("slug", "ikp-2025")],
            ManageEvents,
        ),
        function(
            streams::ChangeStream::PATH,
            &[
                ("slug", "ikp-2025"),
                ("session_id", "999999"),
                ("change", "public"),
            ],
            ManageEvents,
        ),
        function(
            streams::GetPublish::PATH,
            &[("slug", "ikp-2025"), ("session_id", &streamed)],
            ManageEvents,
        ),
        function(&format!("/whip/{streamed}"), &[], ManageEvents),
        page(
            format!("/staff/events/ikp-2025/streams/{streamed}/captions"),
            ManageEvents,
        ),
        function(
            captions::GetCaptions::PATH,
            &[("slug", "ikp-2025"), ("session_id", &streamed)],
            ManageEvents,
        ),
        function(
            captions::SendCaption::PATH,
            &[
                ("slug", "ikp-2025"),
                ("session_id", &streamed),
                ("caption", "Not from an organizer"),
            ],
            ManageEvents,
        ),
        function(themes::GetThemes::PATH, &[], ManageEvents),
        function(
            themes::SaveTheme::PATH,
            &[("id", "999999"), ("name", ""), ("retired", "")],
            ManageEvents,
        ),
    ];
    let mut sessions = Vec::new();
    for role in Role::ALL {
        sessions.push((role, support::staff_session(&app, role).await));
    }
    let mut wrong = Vec::new();
    for route in &routes {
        let anonymous = status(&app, route, None).await;
        if anonymous != 401 {
            wrong.push(format!("{} anonymous: {anonymous}", route.path));
        }
        for (role, session) in &sessions {
            let answer = status(&app, route, Some(session)).await;
            let let_in = !matches!(answer, 401 | 403);
            if let_in != role.allows(route.capability) {
                wrong.push(format!("{} as {}: {answer}", route.path, role.code()));
            }
        }
    }
    assert!(wrong.is_empty(), "wrong answers:\n{}", wrong.join("\n"));
}
