//! The emails a submitter gets: their submission received (with the link to
//! follow and edit it), changes asked for, published, rejected. Each carries
//! a fresh secret link and goes through the outbox in the transaction of the
//! change that causes it.

use super::entity::{link, practice};
use crate::{
    i18n::Locale,
    mail::{
        compose::{build_message, EmailContent},
        outbox,
    },
    platform::{error::ServiceError, secrets, state::Settings},
};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

/// Why a submitter gets an email.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LibraryNotice {
    Received,
    ChangesRequested,
    Published,
    Rejected,
}

impl LibraryNotice {
    fn kind(self) -> &'static str {
        match self {
            LibraryNotice::Received => "library_received",
            LibraryNotice::ChangesRequested => "library_changes_requested",
            LibraryNotice::Published => "library_published",
            LibraryNotice::Rejected => "library_rejected",
        }
    }

    fn key(self) -> &'static str {
        match self {
            LibraryNotice::Received => "email-library-received",
            LibraryNotice::ChangesRequested => "email-library-changes",
            LibraryNotice::Published => "email-library-published",
            LibraryNotice::Rejected => "email-library-rejected",
        }
    }
}

/// The address of the page where a submitter follows and edits their practice.
pub fn follow_url(settings: &Settings, token: &str) -> String {
    format!("{}/library/follow/{token}", settings.public_url)
}

/// Queues the email for `notice` with a new secret link; returns its token.
pub async fn queue(
    txn: &impl ConnectionTrait,
    settings: &Settings,
    notice: LibraryNotice,
    practice: &practice::Model,
    title: &str,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let token = secrets::new_token();
    link::ActiveModel {
        token_hash: Set(secrets::hash_token(&token)),
        practice_id: Set(practice.id),
        created_at: Set(now),
    }
    .insert(txn)
    .await?;
    let locale = Locale::from_code(&practice.language).unwrap_or_default();
    let args = [("title", title.into())];
    let mut paragraphs = vec![locale.t_with(&format!("{}-body", notice.key()), &args)];
    if let Some(note) = note {
        paragraphs.push(note.to_owned());
    }
    paragraphs.push(locale.t("email-library-follow"));
    let content = EmailContent {
        locale,
        subject: locale.t_with(&format!("{}-subject", notice.key()), &args),
        greeting: locale.t_with(
            "email-greeting",
            &[("name", practice.submitter_name.as_str().into())],
        ),
        paragraphs,
        facts: Vec::new(),
        action: Some((
            locale.t("email-library-action"),
            follow_url(settings, &token),
        )),
        image: None,
        signature: locale.t("email-signature"),
    };
    let message = build_message(
        &settings.mail_from,
        &practice.submitter_name,
        &practice.submitter_email,
        &content,
        None,
    )?;
    outbox::row(
        None,
        notice.kind(),
        &practice.submitter_email,
        &message,
        now,
    )?
    .insert(txn)
    .await?;
    Ok(token)
}
