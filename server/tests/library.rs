//! The library's submissions and moderation on SQLite and PostgreSQL: a
//! file and a form are refused together and nothing is stored; a file is
//! kept once by its content; moderation follows its rules, records every
//! step and tells the submitter; a published practice stays public while a
//! new revision is reviewed.

mod support;

use app::{
    i18n::Locale,
    library::{
        entity::{practice, revision, step},
        files::MAX_FILE_BYTES,
        model::PracticeForm,
        moderation::{moderate, Moderator},
        rules::{Review, Step},
        service::{self, Upload},
    },
    mail::outbox,
    platform::error::ServiceError,
};
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use support::{
    library::{form, latest_revision, pdf, stored_files, upload},
    organizer, Engine, TestApp,
};

async fn last_email_kind(app: &TestApp) -> Option<String> {
    outbox::entity::Entity::find()
        .filter(outbox::entity::Column::Recipient.eq("amira@example.org"))
        .order_by_desc(outbox::entity::Column::Id)
        .one(&app.state.db)
        .await
        .expect("outbox")
        .map(|m| m.kind)
}

async fn submissions_check_files_and_forms_together(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let now = Utc::now();
    let submit = |form: PracticeForm, file: Option<Upload>| async move {
        service::submit(db, settings, &form, file, Locale::En, now).await
    };

    let html = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".to_vec();
    let mut program = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
    program.resize(4096, 0);
    let refused = [
        (upload("slides.pdf", html), "error-file-type"),
        (upload("report.pdf", program), "error-file-type"),
        (
            upload("cut.pdf", pdf(2048)[..1000].to_vec()),
            "error-file-type",
        ),
        (
            upload("big.pdf", pdf(MAX_FILE_BYTES + 1)),
            "error-file-too-large",
        ),
    ];
    for (file, key) in refused {
        let result = submit(
            PracticeForm {
                title: String::new(),
                ..form("x")
            },
            file,
        )
        .await;
        let Err(ServiceError::Invalid(errors)) = result else {
            panic!("expected field errors, got {result:?}");
        };
        assert_eq!(errors.get("file"), Some(key));
        assert_eq!(
            errors.get("title"),
            Some("error-required"),
            "form checked too"
        );
    }
    assert_eq!(
        practice::Entity::find()
            .filter(practice::Column::Demo.eq(false))
            .count(db)
            .await
            .expect("count"),
        0,
        "no practice besides the demo ones"
    );
    assert_eq!(stored_files(&app), 0, "nothing stored on refusal");

    let first = submit(form("Resident app"), upload("app.pdf", pdf(MAX_FILE_BYTES)))
        .await
        .expect("exactly 3 MB is taken");
    submit(
        form("Same file again"),
        upload("copy.pdf", pdf(MAX_FILE_BYTES)),
    )
    .await
    .expect("taken");
    assert_eq!(stored_files(&app), 1, "one file for one content");
    assert_eq!(
        last_email_kind(&app).await.as_deref(),
        Some("library_received")
    );
    let stored = service::by_link(db, &first.token)
        .await
        .expect("follow link");
    assert_eq!((stored.id, stored.review), (first.id, Review::Submitted));
    let revision = revision::Entity::find_by_id(stored.latest_revision_id)
        .one(db)
        .await
        .expect("query")
        .expect("revision");
    assert_eq!(revision.file_name.as_deref(), Some("app.pdf"));
    assert_eq!(revision.licence, "cc-by-4.0");
    assert!(!revision.contact_public);
}

async fn moderation_follows_its_rules(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let now = Utc::now();
    let moderator = Moderator {
        staff_id: 1,
        name: "Mo Moderator".into(),
    };
    let submitted = service::submit(
        db,
        settings,
        &form("Well-being monitor"),
        None,
        Locale::En,
        now,
    )
    .await
    .expect("submitted");
    let take = |step: Step, note: &'static str| {
        let moderator = moderator.clone();
        async move {
            let seen = latest_revision(db, submitted.id).await;
            moderate(
                db,
                settings,
                &moderator,
                submitted.id,
                seen,
                step,
                note,
                now,
            )
            .await
        }
    };

    assert!(matches!(
        take(Step::RequestChanges, " ").await,
        Err(ServiceError::Invalid(_))
    ));
    assert!(matches!(
        take(Step::Submit, "").await,
        Err(ServiceError::Forbidden)
    ));
    take(Step::RequestChanges, "Please add the results of the pilot.")
        .await
        .expect("changes asked");
    assert_eq!(
        last_email_kind(&app).await.as_deref(),
        Some("library_changes_requested")
    );
    assert!(matches!(
        take(Step::Publish, "").await,
        Err(ServiceError::Conflict("error-practice-step"))
    ));
    let reviewed = latest_revision(db, submitted.id).await;
    service::revise(
        db,
        settings,
        &submitted.token,
        &form("Well-being monitor, with results"),
        None,
        now,
    )
    .await
    .expect("resubmitted");
    let unseen = moderate(
        db,
        settings,
        &moderator,
        submitted.id,
        reviewed,
        Step::Publish,
        "",
        now,
    )
    .await;
    assert!(
        matches!(
            unseen,
            Err(ServiceError::Conflict("error-practice-changed"))
        ),
        "a revision sent during the review is not published unseen: {unseen:?}"
    );
    take(Step::Publish, "").await.expect("published");
    assert_eq!(
        last_email_kind(&app).await.as_deref(),
        Some("library_published")
    );
    let published = service::by_link(db, &submitted.token)
        .await
        .expect("practice");
    assert_eq!(published.review, Review::Published);
    let public_revision = published.published_revision_id.expect("public");

    service::revise(
        db,
        settings,
        &submitted.token,
        &form("Well-being monitor, 2026"),
        None,
        now,
    )
    .await
    .expect("new revision");
    let under_review = service::by_link(db, &submitted.token)
        .await
        .expect("practice");
    assert_eq!(under_review.review, Review::Submitted);
    assert_eq!(
        under_review.published_revision_id,
        Some(public_revision),
        "the published revision stays public during review"
    );
    take(Step::Reject, "Not a practice from reception.")
        .await
        .expect("rejected");
    assert!(matches!(
        service::revise(db, settings, &submitted.token, &form("Again"), None, now).await,
        Err(ServiceError::Conflict("error-practice-closed"))
    ));
    let steps: Vec<(String, Option<String>)> = step::Entity::find()
        .filter(step::Column::PracticeId.eq(submitted.id))
        .order_by_asc(step::Column::Id)
        .all(db)
        .await
        .expect("steps")
        .into_iter()
        .map(|s| (s.action, s.note))
        .collect();
    assert_eq!(
        steps,
        [
            ("submit".into(), None),
            (
                "request_changes".into(),
                Some("Please add the results of the pilot.".into())
            ),
            ("submit".into(), None),
            ("publish".into(), None),
            ("submit".into(), None),
            (
                "reject".into(),
                Some("Not a practice from reception.".into())
            ),
        ]
    );
    assert!(matches!(
        service::by_link(db, "not-a-link").await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn submissions_check_files_and_forms_together_on_sqlite() {
    submissions_check_files_and_forms_together(Engine::Sqlite).await;
}

#[tokio::test]
async fn submissions_check_files_and_forms_together_on_postgres() {
    submissions_check_files_and_forms_together(Engine::Postgres).await;
}

#[tokio::test]
async fn moderation_follows_its_rules_on_sqlite() {
    moderation_follows_its_rules(Engine::Sqlite).await;
}

#[tokio::test]
async fn moderation_follows_its_rules_on_postgres() {
    moderation_follows_its_rules(Engine::Postgres).await;
}

async fn organizers_keep_the_themes(engine: Engine) {
    use app::library::{catalogue, themes};
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let refused = themes::add(db, &organizer(), "  ", Utc::now()).await;
    assert!(
        matches!(&refused, Err(ServiceError::Invalid(errors)) if errors.get("name") == Some("error-required")),
        "{refused:?}"
    );
    themes::add(db, &organizer(), "Education & schools", Utc::now())
        .await
        .expect("add");
    let offered = catalogue::form_choices(db).await.expect("choices").themes;
    assert_eq!(offered.len(), 10);
    let added = offered.last().expect("added last").clone();
    assert_eq!(added.code, "education_schools");

    let with_new_theme = PracticeForm {
        themes: vec![added.code.clone()],
        ..form("School liaison")
    };
    service::submit(db, settings, &with_new_theme, None, Locale::En, Utc::now())
        .await
        .expect("the new theme can be chosen");

    let all = themes::all(db).await.expect("themes");
    let id = all
        .iter()
        .find(|t| t.code == added.code)
        .expect("listed")
        .id;
    themes::rename(db, &organizer(), id, "Education", Utc::now())
        .await
        .expect("rename");
    themes::set_retired(db, &organizer(), id, true, Utc::now())
        .await
        .expect("retire");
    let logged: Vec<String> = app::organizer::audit::list(db, &Default::default())
        .await
        .expect("log")
        .entries
        .into_iter()
        .map(|entry| format!("{} {}", entry.action, entry.subject))
        .collect();
    assert_eq!(
        logged,
        [
            "theme.retire theme/education_schools",
            "theme.rename theme/education_schools",
            "theme.create theme/education_schools"
        ]
    );
    let offered = catalogue::form_choices(db).await.expect("choices").themes;
    assert!(
        offered.iter().all(|t| t.code != added.code),
        "no longer offered"
    );
    let refused =
        service::submit(db, settings, &with_new_theme, None, Locale::En, Utc::now()).await;
    assert!(
        matches!(&refused, Err(ServiceError::Invalid(errors)) if errors.get("themes") == Some("error-choose-from-list")),
        "{refused:?}"
    );
    let kept = themes::all(db).await.expect("themes");
    let renamed = kept.iter().find(|t| t.id == id).expect("kept");
    assert_eq!(
        (renamed.name.as_str(), renamed.retired),
        ("Education", true)
    );
}

#[tokio::test]
async fn organizers_keep_the_themes_on_sqlite() {
    organizers_keep_the_themes(Engine::Sqlite).await;
}

#[tokio::test]
async fn organizers_keep_the_themes_on_postgres() {
    organizers_keep_the_themes(Engine::Postgres).await;
}
