//! Announcements to a segment: exactly the segment's people get one email
//! each, in their language (or the first version written), through the
//! outbox; a refused draft sends nothing; the progress counts what went
//! out. SQLite and PostgreSQL.

mod support;

use app::{
    mail::outbox,
    organizer::{announcements, model::AnnouncementDraft},
    platform::error::ServiceError,
};
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use support::Engine;

fn draft(segment: &str, texts: &[(&str, &str, &str)]) -> AnnouncementDraft {
    AnnouncementDraft {
        segment: segment.into(),
        subject: texts
            .iter()
            .map(|(l, s, _)| ((*l).into(), (*s).into()))
            .collect(),
        body: texts
            .iter()
            .map(|(l, _, b)| ((*l).into(), (*b).into()))
            .collect(),
    }
}

async fn a_segment_gets_one_email_each_in_its_language(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let organizer = support::organizer();
    app::registration::waitlist::set_in_person_capacity(
        db,
        settings,
        &organizer,
        "ikp-2025",
        2,
        Utc::now(),
    )
    .await
    .expect("capacity");
    for n in 1..=3 {
        support::register(&app, n, "in_person").await;
    }
    support::register(&app, 4, "online").await;
    let before = outbox::entity::Entity::find()
        .count(db)
        .await
        .expect("count");

    let refused = announcements::send(
        db,
        settings,
        &organizer,
        "ikp-2025",
        &draft("in_person", &[("en", "Bus times", "")]),
        Utc::now(),
    )
    .await;
    assert!(matches!(refused, Err(ServiceError::Invalid(_))));
    assert_eq!(
        outbox::entity::Entity::find()
            .count(db)
            .await
            .expect("count"),
        before,
        "a refused draft sends nothing"
    );

    let message = draft(
        "in_person",
        &[(
            "en",
            "Bus times",
            "The bus leaves at 8:30.\n\nSee you there.",
        )],
    );
    let preview = announcements::preview(db, settings, "ikp-2025", &message)
        .await
        .expect("preview");
    assert_eq!(
        preview.recipients, 2,
        "participants 1 and 2 hold the places; 3 waits"
    );
    let languages: Vec<(&str, u64)> = preview
        .languages
        .iter()
        .map(|l| (l.language.as_str(), l.recipients))
        .collect();
    assert_eq!(languages, [("en", 1), ("nl", 1)]);
    assert!(
        preview.languages[1].text.starts_with("Beste [naam],"),
        "{}",
        preview.languages[1].text
    );
    assert!(
        preview.languages[1]
            .text
            .contains("The bus leaves at 8:30."),
        "the first version, for a language without its own"
    );

    let id = announcements::send(db, settings, &organizer, "ikp-2025", &message, Utc::now())
        .await
        .expect("sent");
    let emails = outbox::entity::Entity::find()
        .filter(outbox::entity::Column::AnnouncementId.eq(id))
        .all(db)
        .await
        .expect("outbox");
    let mut recipients: Vec<&str> = emails.iter().map(|e| e.recipient.as_str()).collect();
    recipients.sort_unstable();
    assert_eq!(
        recipients,
        ["participant1@example.org", "participant2@example.org"]
    );
    let dutch = emails
        .iter()
        .find(|e| e.recipient == "participant1@example.org")
        .expect("email");
    assert!(
        dutch.message.contains("Beste Participant 1,"),
        "greeted in Dutch"
    );

    let progress = announcements::progress(db, "ikp-2025")
        .await
        .expect("progress");
    assert_eq!(
        (progress[0].recipients, progress[0].sent, progress[0].queued),
        (2, 0, 2)
    );
    let sender: lettre::Address = "events@example.org".parse().expect("address");
    outbox::deliver_due(db, &app.mailer, &sender, Utc::now())
        .await
        .expect("delivered");
    let progress = announcements::progress(db, "ikp-2025")
        .await
        .expect("progress");
    assert_eq!((progress[0].sent, progress[0].queued), (2, 0));
    assert_eq!(progress[0].subject, "Bus times");

    let empty = announcements::send(
        db,
        settings,
        &organizer,
        "ikp-2025",
        &draft("activity-999999", &[("en", "x", "y")]),
        Utc::now(),
    )
    .await;
    assert!(
        matches!(empty, Err(ServiceError::Invalid(_))),
        "an activity of no event of ours is refused"
    );
}

#[tokio::test]
async fn a_segment_gets_one_email_each_in_its_language_on_sqlite() {
    a_segment_gets_one_email_each_in_its_language(Engine::Sqlite).await;
}

#[tokio::test]
async fn a_segment_gets_one_email_each_in_its_language_on_postgres() {
    a_segment_gets_one_email_each_in_its_language(Engine::Postgres).await;
}
