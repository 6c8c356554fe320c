//! Reading the library: the public list and pages (through the search
//! index), what the submitter sees through their link, and the moderators'
//! queue and review page.

use super::{
    entity::{practice, revision, step, stored_file, theme},
    markdown,
    model::{
        BrowseView, ContactView, EventRef, FileView, FollowView, FormChoices, HistoryEntry,
        LibraryPage, LibraryQuery, PracticeDetail, PracticeForm, PracticeSummary, QueueEntry,
        ReviewView, ThemeView,
    },
    rules::{self, Review},
    search::{LibraryIndex, Search, PER_PAGE},
    service::{by_link, offered_themes},
};
use crate::{events::entity as event, platform::error::ServiceError};
use sea_orm::{prelude::*, QueryOrder};
use std::collections::HashMap;

/// How many related practices a page shows.
const RELATED: usize = 3;

/// The themes on offer and the events there are, for the submission form.
pub async fn form_choices(db: &impl ConnectionTrait) -> Result<FormChoices, ServiceError> {
    Ok(FormChoices {
        themes: offered_themes(db)
            .await?
            .into_iter()
            .map(theme_view)
            .collect(),
        events: events(db).await?.into_iter().map(|(_, e)| e).collect(),
    })
}

fn theme_view(theme: theme::Model) -> ThemeView {
    ThemeView {
        translated: is_platform_name(&theme.code, &theme.name),
        code: theme.code,
        name: theme.name,
    }
}

/// Whether a theme still has the (English) name the platform came with,
/// which it translates; a name organizers gave is shown as given. Decided on
/// the server, which has the English messages.
pub fn is_platform_name(code: &str, name: &str) -> bool {
    crate::i18n::Locale::En
        .t_opt(&format!("library-theme-{code}"))
        .is_some_and(|english| english == name)
}

/// Every event, newest first.
async fn events(db: &impl ConnectionTrait) -> Result<Vec<(i32, EventRef)>, ServiceError> {
    Ok(event::Entity::find()
        .order_by_desc(event::Column::StartsOn)
        .all(db)
        .await?
        .into_iter()
        .map(|e| {
            (
                e.id,
                EventRef {
                    slug: e.slug,
                    title: e.title,
                },
            )
        })
        .collect())
}

async fn events_by_id(db: &impl ConnectionTrait) -> Result<HashMap<i32, EventRef>, ServiceError> {
    Ok(events(db).await?.into_iter().collect())
}

fn summary(
    practice: &practice::Model,
    revision: &revision::Model,
    events: &HashMap<i32, EventRef>,
) -> PracticeSummary {
    PracticeSummary {
        id: practice.id.to_string(),
        title: revision.title.clone(),
        summary: revision.summary.clone(),
        organisation: revision.organisation.clone(),
        country: revision.country.clone(),
        themes: revision.themes.0.clone(),
        event: revision.event_id.and_then(|id| events.get(&id)).cloned(),
        licence: revision.licence.clone(),
        published_at: practice.published_at.unwrap_or(practice.created_at),
        updated_at: practice.updated_at,
        demo: practice.demo,
    }
}

/// The public practices with these ids, in this order.
pub async fn summaries(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<PracticeSummary>, ServiceError> {
    let events = events_by_id(db).await?;
    let mut found = Vec::with_capacity(ids.len());
    // Databases limit how many values one query may carry.
    for chunk in ids.chunks(500) {
        let practices: HashMap<Uuid, practice::Model> = practice::Entity::find()
            .filter(practice::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
            .into_iter()
            .filter(|p| rules::is_public(p.review, p.published_revision_id.is_some()))
            .map(|p| (p.id, p))
            .collect();
        let revisions: HashMap<Uuid, revision::Model> = revision::Entity::find()
            .filter(
                revision::Column::Id
                    .is_in(practices.values().filter_map(|p| p.published_revision_id)),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.practice_id, r))
            .collect();
        found.extend(
            chunk
                .iter()
                .filter_map(|id| Some(summary(practices.get(id)?, revisions.get(id)?, &events))),
        );
    }
    Ok(found)
}

/// The event id behind a slug, `None` for no filter; an unknown slug finds nothing.
async fn event_filter(db: &impl ConnectionTrait, slug: &str) -> Result<Option<i32>, ServiceError> {
    if slug.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(
        event::Entity::find()
            .filter(event::Column::Slug.eq(slug.trim()))
            .one(db)
            .await?
            .map(|e| e.id)
            .unwrap_or(-1),
    ))
}

/// One page of the public library for a search.
pub async fn find(
    db: &impl ConnectionTrait,
    index: &LibraryIndex,
    query: &LibraryQuery,
) -> Result<LibraryPage, ServiceError> {
    let page = query.page.max(1);
    let hits = index.search(&Search {
        text: &query.q,
        theme: Some(query.theme.trim()).filter(|t| !t.is_empty()),
        country: Some(query.country.trim()).filter(|c| !c.is_empty()),
        event_id: event_filter(db, &query.event).await?,
        newest_first: query.sort == "newest",
        offset: (page as usize - 1) * PER_PAGE,
        limit: PER_PAGE,
    })?;
    Ok(LibraryPage {
        total: hits.total,
        page,
        per_page: PER_PAGE as u32,
        items: summaries(db, &hits.ids).await?,
    })
}

/// Every theme, retired ones too: practices keep the themes they have.
pub async fn all_themes(db: &impl ConnectionTrait) -> Result<Vec<ThemeView>, ServiceError> {
    Ok(theme::Entity::find()
        .order_by_asc(theme::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(theme_view)
        .collect())
}

/// The browse page: one page of results and the filters' choices.
pub async fn browse(
    db: &impl ConnectionTrait,
    index: &LibraryIndex,
    query: &LibraryQuery,
) -> Result<BrowseView, ServiceError> {
    Ok(BrowseView {
        results: find(db, index, query).await?,
        themes: all_themes(db).await?,
        countries: index.countries(),
        events: events(db).await?.into_iter().map(|(_, e)| e).collect(),
    })
}

/// A revision as its page shows it.
async fn detail_of(
    db: &impl ConnectionTrait,
    practice: &practice::Model,
    revision: &revision::Model,
) -> Result<PracticeDetail, ServiceError> {
    let events = events_by_id(db).await?;
    let file = match (&revision.file_sha256, &revision.file_name) {
        (Some(hash), Some(name)) => stored_file::Entity::find_by_id(hash.clone())
            .one(db)
            .await?
            .map(|stored| FileView {
                name: name.clone(),
                media_type: stored.media_type,
                size: stored.size,
                url: format!("/library/{}/files/{}", practice.id, revision.id),
            }),
        _ => None,
    };
    let contact = match (&revision.contact_name, &revision.contact_email) {
        (Some(name), Some(email)) if revision.contact_public => Some(ContactView {
            name: name.clone(),
            email: email.clone(),
        }),
        _ => None,
    };
    Ok(PracticeDetail {
        summary: summary(practice, revision, &events),
        description_html: markdown::to_safe_html(&revision.description),
        file,
        contact,
    })
}

async fn public_revision(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<(practice::Model, revision::Model), ServiceError> {
    let practice = practice::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|p| rules::is_public(p.review, p.published_revision_id.is_some()))
        .ok_or(ServiceError::NotFound)?;
    let published = practice
        .published_revision_id
        .ok_or(ServiceError::NotFound)?;
    let revision = revision::Entity::find_by_id(published)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((practice, revision))
}

/// A public practice with the ones most like it.
pub async fn detail(
    db: &impl ConnectionTrait,
    index: &LibraryIndex,
    id: Uuid,
) -> Result<(PracticeDetail, Vec<PracticeSummary>), ServiceError> {
    let (practice, revision) = public_revision(db, id).await?;
    let detail = detail_of(db, &practice, &revision).await?;
    let related_ids = index.related(id, &revision.themes.0, &revision.country, RELATED)?;
    Ok((detail, summaries(db, &related_ids).await?))
}

/// The file of a revision, if the asker may have it: the public one of a
/// public practice, or any revision for a moderator (`preview`).
pub async fn file_of(
    db: &impl ConnectionTrait,
    practice_id: Uuid,
    revision_id: Uuid,
    preview: bool,
) -> Result<(stored_file::Model, String), ServiceError> {
    let revision = revision::Entity::find_by_id(revision_id)
        .filter(revision::Column::PracticeId.eq(practice_id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !preview {
        let (_, public) = public_revision(db, practice_id).await?;
        if public.id != revision.id {
            return Err(ServiceError::NotFound);
        }
    }
    let (Some(hash), Some(name)) = (revision.file_sha256, revision.file_name) else {
        return Err(ServiceError::NotFound);
    };
    let stored = stored_file::Entity::find_by_id(hash)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((stored, name))
}

async fn history(
    db: &impl ConnectionTrait,
    practice_id: Uuid,
) -> Result<Vec<HistoryEntry>, ServiceError> {
    Ok(step::Entity::find()
        .filter(step::Column::PracticeId.eq(practice_id))
        .order_by_asc(step::Column::At)
        .order_by_asc(step::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|s| HistoryEntry {
            action: s.action,
            actor: s.actor_name,
            note: s.note,
            at: s.at,
        })
        .collect())
}

async fn latest(
    db: &impl ConnectionTrait,
    practice: &practice::Model,
) -> Result<revision::Model, ServiceError> {
    revision::Entity::find_by_id(practice.latest_revision_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// What a submitter sees through their link.
pub async fn follow(db: &impl ConnectionTrait, token: &str) -> Result<FollowView, ServiceError> {
    let practice = by_link(db, token).await?;
    let revision = latest(db, &practice).await?;
    let events = events_by_id(db).await?;
    let form = PracticeForm {
        title: revision.title,
        summary: revision.summary,
        description: revision.description,
        organisation: revision.organisation,
        country: revision.country,
        themes: revision.themes.0,
        event: revision
            .event_id
            .and_then(|id| events.get(&id))
            .map(|e| e.slug.clone())
            .unwrap_or_default(),
        contact_name: revision.contact_name.unwrap_or_default(),
        contact_email: revision.contact_email.unwrap_or_default(),
        contact_public: revision.contact_public.then(|| "on".to_owned()),
        licence: revision.licence,
    };
    Ok(FollowView {
        review: practice.review,
        may_edit: rules::submitter_may_edit(practice.review),
        form,
        file_name: revision.file_name,
        public_id: rules::is_public(practice.review, practice.published_revision_id.is_some())
            .then(|| practice.id.to_string()),
        history: history(db, practice.id).await?,
        choices: form_choices(db).await?,
    })
}

/// Practices waiting for a moderator first, then the rest, newest first.
pub async fn queue(db: &impl ConnectionTrait) -> Result<Vec<QueueEntry>, ServiceError> {
    let practices = practice::Entity::find()
        .order_by_desc(practice::Column::UpdatedAt)
        .all(db)
        .await?;
    let revisions: HashMap<Uuid, revision::Model> = revision::Entity::find()
        .filter(revision::Column::Id.is_in(practices.iter().map(|p| p.latest_revision_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut entries: Vec<QueueEntry> = practices
        .into_iter()
        .filter_map(|p| {
            let revision = revisions.get(&p.latest_revision_id)?;
            Some(QueueEntry {
                id: p.id.to_string(),
                title: revision.title.clone(),
                organisation: revision.organisation.clone(),
                country: revision.country.clone(),
                review: p.review,
                has_public_revision: rules::is_public(p.review, p.published_revision_id.is_some()),
                updated_at: p.updated_at,
            })
        })
        .collect();
    entries.sort_by_key(|e| e.review != Review::Submitted);
    Ok(entries)
}

/// A practice's latest revision as it would be published, for a moderator.
pub async fn review(db: &impl ConnectionTrait, id: Uuid) -> Result<ReviewView, ServiceError> {
    let practice = practice::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let revision = latest(db, &practice).await?;
    let preview = detail_of(db, &practice, &revision).await?;
    Ok(ReviewView {
        id: practice.id.to_string(),
        review: practice.review,
        revision_id: revision.id.to_string(),
        revision: revision.number,
        preview,
        submitter_name: practice.submitter_name.clone(),
        submitter_email: practice.submitter_email.clone(),
        steps: rules::moderator_steps(
            practice.review,
            rules::is_public(practice.review, practice.published_revision_id.is_some()),
        ),
        history: history(db, practice.id).await?,
    })
}

/// The newest public practices, at most `limit`.
pub async fn newest(
    db: &impl ConnectionTrait,
    index: &LibraryIndex,
    limit: usize,
) -> Result<Vec<PracticeSummary>, ServiceError> {
    let everything = Search {
        newest_first: true,
        limit: 1,
        ..Default::default()
    };
    let total = usize::try_from(index.search(&everything)?.total).unwrap_or(usize::MAX);
    let hits = index.search(&Search {
        limit: limit.min(total),
        ..everything
    })?;
    summaries(db, &hits.ids).await
}
