//! The emails a registration receives, queued in the outbox within the
//! transaction that causes them.

use super::{
    entity::{access_token, registration},
    links,
    model::Attendance,
};
use crate::{
    events::{calendar, entity as event},
    i18n::{Arg, Locale},
    mail::{
        compose::{build_message, Attachment, EmailContent, InlineImage},
        outbox,
    },
    organizer::check_in,
    platform::{error::ServiceError, state::Settings},
};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait};

/// Why a registration gets an email.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Registered or changed, with a place (in person) or online.
    Confirmed,
    /// On the in-person waitlist at this position.
    Waitlisted {
        position: u64,
    },
    /// A place is held for them until the offer expires.
    Offer,
    OfferExpired,
    Cancelled,
    /// A place in a full activity is held for them until `deadline`.
    ActivityOffer {
        title: String,
        deadline: DateTime<Utc>,
    },
    /// Their offer of a place in the activity ran out.
    ActivityOfferExpired {
        title: String,
    },
    /// An activity they signed up for moved (time, place or title).
    ActivityChanged {
        title: String,
        starts_at: DateTime<Utc>,
    },
    /// An activity they signed up for was cancelled.
    ActivityCancelled {
        title: String,
    },
    /// An activity they signed up for changed so that it is no longer open
    /// to them; their sign-up ended for the reason given.
    ActivityReleased {
        title: String,
        reason: crate::programme::rules::Refusal,
    },
}

impl Notice {
    fn kind(&self) -> &'static str {
        match self {
            Notice::Confirmed => "confirmed",
            Notice::Waitlisted { .. } => "waitlisted",
            Notice::Offer => "offer",
            Notice::OfferExpired => "offer_expired",
            Notice::Cancelled => "cancelled",
            Notice::ActivityOffer { .. } => "activity_offer",
            Notice::ActivityOfferExpired { .. } => "activity_offer_expired",
            Notice::ActivityChanged { .. } => "activity_changed",
            Notice::ActivityCancelled { .. } => "activity_cancelled",
            Notice::ActivityReleased { .. } => "activity_released",
        }
    }
}

/// Composes the email for `notice` in the registrant's language and queues
/// it; every email but a cancellation carries its own fresh secret link,
/// whose token is returned.
pub async fn queue(
    txn: &impl ConnectionTrait,
    settings: &Settings,
    notice: Notice,
    registration: &registration::Model,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<Option<String>, ServiceError> {
    let email = prepare(settings, notice, registration, event, now)?;
    if let Some(link) = email.link {
        link.insert(txn).await?;
    }
    email.outbox.insert(txn).await?;
    Ok(email.token)
}

/// An email ready to be queued: its outbox row and the secret link it
/// carries, if any.
pub struct PreparedEmail {
    pub token: Option<String>,
    pub link: Option<access_token::ActiveModel>,
    pub outbox: outbox::entity::ActiveModel,
}

/// Composes the email for `notice`, for callers that store many at once;
/// see [`queue`].
pub fn prepare(
    settings: &Settings,
    notice: Notice,
    registration: &registration::Model,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<PreparedEmail, ServiceError> {
    let locale = Locale::from_code(&registration.language).unwrap_or_default();
    let (token, link) = match notice {
        Notice::Cancelled => (None, None),
        _ => {
            let (token, link) = links::new_link(registration.id, now);
            (Some(token), Some(link))
        }
    };
    let manage_url = token
        .as_deref()
        .map(|token| links::manage_url(settings, token));
    let mut content = content(locale, &notice, registration, event, manage_url);
    if notice == Notice::Confirmed {
        content.image = check_in_image(settings, locale, registration)?;
        if content.image.is_some() {
            content.paragraphs.push(locale.t("email-check-in-code"));
        }
    }
    let attachment = (notice == Notice::Confirmed).then(|| Attachment {
        filename: format!("{}.ics", event.slug),
        content_type: "text/calendar; charset=utf-8; method=PUBLISH",
        body: calendar::event_calendar(event, &event_url(settings, event), now).into_bytes(),
    });
    let message = build_message(
        &settings.mail_from,
        &registration.name,
        &registration.email,
        &content,
        attachment,
    )?;
    let outbox = outbox::row(
        Some(registration.id),
        notice.kind(),
        &registration.email,
        &message,
        now,
    )?;
    Ok(PreparedEmail {
        token,
        link,
        outbox,
    })
}

/// The QR code a person confirmed in person shows at the entrance.
fn check_in_image(
    settings: &Settings,
    locale: Locale,
    registration: &registration::Model,
) -> Result<Option<InlineImage>, ServiceError> {
    let Some(code) = registration
        .check_in_code
        .as_deref()
        .filter(|_| check_in::expected(registration))
    else {
        return Ok(None);
    };
    Ok(Some(InlineImage {
        content_id: "check-in-code",
        alt: locale.t("email-check-in-alt"),
        png: check_in::qr_png(&check_in::check_in_url(&settings.public_url, code))?,
    }))
}

fn event_url(settings: &Settings, event: &event::Model) -> String {
    format!("{}/events/{}", settings.public_url, event.slug)
}

fn content(
    locale: Locale,
    notice: &Notice,
    registration: &registration::Model,
    event: &event::Model,
    manage_url: Option<String>,
) -> EmailContent {
    let title: Arg = event.title.as_str().into();
    let t = |key: &str| {
        locale.t_with(
            key,
            &[
                ("event", title.clone()),
                ("venue", event.venue.as_str().into()),
            ],
        )
    };
    let attendance = match registration.attendance {
        Attendance::InPerson => locale.t("attendance-in-person"),
        Attendance::Online => locale.t("attendance-online"),
    };
    let mut facts = vec![
        (locale.t("fact-event"), event.title.clone()),
        (
            locale.t("fact-dates"),
            locale.date_range(event.starts_on, event.ends_on),
        ),
    ];
    let (subject, paragraphs) = match notice {
        Notice::Confirmed => {
            let body = match registration.attendance {
                Attendance::InPerson => t("email-confirmed-in-person"),
                Attendance::Online => t("email-confirmed-online"),
            };
            facts.push((locale.t("fact-venue"), event.venue.clone()));
            facts.push((locale.t("fact-attendance"), attendance));
            (
                t("email-confirmed-subject"),
                vec![
                    body,
                    locale.t("email-calendar-attached"),
                    locale.t("email-manage-intro"),
                ],
            )
        }
        Notice::Waitlisted { position } => (
            t("email-waitlisted-subject"),
            vec![
                locale.t_with(
                    "email-waitlisted-body",
                    &[
                        (
                            "position",
                            i64::try_from(*position).unwrap_or(i64::MAX).into(),
                        ),
                        ("hours", i64::from(event.offer_hours).into()),
                    ],
                ),
                locale.t("email-waitlisted-online"),
                locale.t("email-manage-intro"),
            ],
        ),
        Notice::Offer => {
            let deadline = registration
                .offer_expires_at
                .map(|at| local_time(locale, at, &event.timezone))
                .unwrap_or_default();
            (
                t("email-offer-subject"),
                vec![
                    locale.t_with("email-offer-body", &[("deadline", deadline.into())]),
                    locale.t("email-offer-after"),
                ],
            )
        }
        Notice::OfferExpired => (
            t("email-offer-expired-subject"),
            vec![
                locale.t("email-offer-expired-body"),
                locale.t("email-manage-intro"),
            ],
        ),
        Notice::Cancelled => (
            t("email-cancelled-subject"),
            vec![locale.t("email-cancelled-body")],
        ),
        Notice::ActivityOffer { title, deadline } => {
            let args = [
                ("title", title.as_str().into()),
                (
                    "deadline",
                    local_time(locale, *deadline, &event.timezone).into(),
                ),
            ];
            (
                locale.t_with("email-activity-offer-subject", &args),
                vec![
                    locale.t_with("email-activity-offer-body", &args),
                    locale.t("email-activity-offer-after"),
                ],
            )
        }
        Notice::ActivityChanged { title, starts_at } => {
            let args = [
                ("title", title.as_str().into()),
                (
                    "when",
                    local_time(locale, *starts_at, &event.timezone).into(),
                ),
            ];
            (
                locale.t_with("email-activity-changed-subject", &args),
                vec![
                    locale.t_with("email-activity-changed-body", &args),
                    locale.t("email-manage-intro"),
                ],
            )
        }
        Notice::ActivityCancelled { title } => {
            let args = [("title", title.as_str().into())];
            (
                locale.t_with("email-activity-cancelled-subject", &args),
                vec![
                    locale.t_with("email-activity-cancelled-body", &args),
                    locale.t("email-manage-intro"),
                ],
            )
        }
        Notice::ActivityReleased { title, reason } => {
            let args = [
                ("title", title.as_str().into()),
                ("reason", reason.message(locale).into()),
            ];
            (
                locale.t_with("email-activity-released-subject", &args),
                vec![
                    locale.t_with("email-activity-released-body", &args),
                    locale.t("email-manage-intro"),
                ],
            )
        }
        Notice::ActivityOfferExpired { title } => {
            let args = [("title", title.as_str().into())];
            (
                locale.t_with("email-activity-offer-expired-subject", &args),
                vec![
                    locale.t_with("email-activity-offer-expired-body", &args),
                    locale.t("email-manage-intro"),
                ],
            )
        }
    };
    let action_label = match notice {
        Notice::Offer | Notice::ActivityOffer { .. } => locale.t("email-offer-action"),
        _ => locale.t("email-manage-action"),
    };
    EmailContent {
        locale,
        subject,
        greeting: locale.t_with(
            "email-greeting",
            &[("name", registration.name.as_str().into())],
        ),
        paragraphs,
        facts,
        action: manage_url.map(|url| (action_label, url)),
        image: None,
        signature: locale.t("email-signature"),
    }
}

/// A moment shown in the event's own time zone, with the zone named.
pub fn local_time(locale: Locale, at: DateTime<Utc>, zone: &str) -> String {
    locale.date_time(in_zone(at, zone), zone)
}

/// The wall-clock time at the event's place (UTC if the zone is unknown).
pub fn in_zone(at: DateTime<Utc>, zone: &str) -> chrono::NaiveDateTime {
    zone.parse::<chrono_tz::Tz>()
        .map(|tz| at.with_timezone(&tz).naive_local())
        .unwrap_or_else(|_| at.naive_utc())
}
