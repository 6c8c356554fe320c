//! The moderators' pages: `/staff/library` lists the practices, those
//! waiting first; `/staff/library/:id` previews the latest revision exactly
//! as it would be published, with its history and the steps allowed now.

use super::{
    browse_page::PracticeView,
    follow_page::{review_label, History},
    model::{QueueEntry, ReviewView, ThemeView},
    rules::{Review, Step},
};
use crate::{
    i18n::use_locale,
    layout::{error_message, ErrorNotice},
    staff::pages::{SignOut, StaffDenied},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[server]
pub async fn get_queue() -> Result<Vec<QueueEntry>, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::Moderate)
        .await
        .map_err(|e| e.into_server_error())?;
    super::catalogue::queue(&state.db)
        .await
        .map_err(|e| e.into_server_error())
}

#[server]
pub async fn get_review(id: String) -> Result<(ReviewView, Vec<ThemeView>), ServerFnError> {
    use crate::{
        platform::error::ServiceError,
        staff::{pages::staff_member, roles::Capability},
    };
    let (state, _) = staff_member(Capability::Moderate)
        .await
        .map_err(|e| e.into_server_error())?;
    let id = uuid::Uuid::parse_str(&id).map_err(|_| ServiceError::NotFound.into_server_error())?;
    let review = super::catalogue::review(&state.db, id)
        .await
        .map_err(|e| e.into_server_error())?;
    let themes = super::catalogue::all_themes(&state.db)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok((review, themes))
}

/// Takes a moderation step (its code) with a note for the submitter, on the
/// revision the moderator reviewed.
#[server]
pub async fn moderate_practice(
    id: String,
    revision: String,
    step: Step,
    note: String,
) -> Result<(), ServerFnError> {
    use super::moderation::{moderate, Moderator};
    use crate::{
        platform::error::ServiceError,
        staff::{pages::staff_member, roles::Capability},
    };
    let (state, member) = staff_member(Capability::Moderate)
        .await
        .map_err(|e| e.into_server_error())?;
    let parse = |text: &str| {
        uuid::Uuid::parse_str(text).map_err(|_| ServiceError::NotFound.into_server_error())
    };
    let (practice, seen) = (parse(&id)?, parse(&revision)?);
    let moderator = Moderator {
        staff_id: member.id,
        name: member.name,
    };
    moderate(
        &state.db,
        &state.settings,
        &moderator,
        practice,
        seen,
        step,
        &note,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| e.into_server_error())?;
    state.library.refresh(&state.db).await;
    leptos_axum::redirect(&format!("/staff/library/{id}"));
    Ok(())
}

/// `/staff/library`
#[component]
pub fn ModerationQueuePage() -> impl IntoView {
    let locale = use_locale();
    let queue = Resource::new(|| (), |_| get_queue());
    view! {
        <Title text=locale.t("library-moderation") />
        <Meta name="robots" content="noindex" />
        <h1>{locale.t("library-moderation")}</h1>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(entries) => view! {
                        <SignOut />
                        <table class="table" data-testid="queue">
                            <thead>
                                <tr>
                                    <th scope="col">{locale.t("field-title")}</th>
                                    <th scope="col">{locale.t("field-organisation")}</th>
                                    <th scope="col">{locale.t("staff-status")}</th>
                                    <th scope="col">{locale.t("library-updated")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {entries
                                    .into_iter()
                                    .map(|entry| {
                                        let waiting = entry.review == Review::Submitted;
                                        view! {
                                            <tr class:waiting=waiting>
                                                <td><a href=format!("/staff/library/{}", entry.id)>{entry.title}</a></td>
                                                <td>{entry.organisation} " · " {locale.country_name(&entry.country)}</td>
                                                <td>
                                                    {review_label(locale, entry.review)}
                                                    {(entry.has_public_revision && entry.review != Review::Published)
                                                        .then(|| view! { " · " {locale.t("library-has-public")} })}
                                                </td>
                                                <td>{locale.date(entry.updated_at.date_naive())}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/staff/library/:id`
#[component]
pub fn ReviewPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let action = ServerAction::<ModeratePractice>::new();
    let data = Resource::new(id, get_review);
    view! {
        <Title text=locale.t("library-moderation") />
        <Meta name="robots" content="noindex" />
        <p class="muted"><a href="/staff/library">{locale.t("library-moderation")}</a></p>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((review, themes)) => view! { <Review review themes action /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Review(
    review: ReviewView,
    themes: Vec<ThemeView>,
    action: ServerAction<ModeratePractice>,
) -> impl IntoView {
    let locale = use_locale();
    let id = review.id.clone();
    let revision_id = review.revision_id.clone();
    view! {
        <p>
            {locale.t("library-status")} " "
            <strong data-testid="review">{review_label(locale, review.review)}</strong>
            " · " {locale.t_with("library-revision", &[("number", i64::from(review.revision).into())])}
        </p>
        <p class="muted">
            {locale.t("library-submitter")} ": " {review.submitter_name.clone()} " · " {review.submitter_email.clone()}
        </p>
        <section class="preview" aria-label=locale.t("library-preview")>
            <p class="notice">{locale.t("library-preview-notice")}</p>
            <PracticeView detail=review.preview themes preview_files=true />
        </section>
        <h2>{locale.t("library-history")}</h2>
        <History entries=review.history />
        {move || {
            action
                .value()
                .get()
                .and_then(Result::err)
                .map(|error| view! { <ErrorNotice message=error_message(locale, &error) /> })
        }}
        {review
            .steps
            .into_iter()
            .map(|step| {
                let code = step.code().replace('_', "-");
                let note_id = format!("note-{code}");
                let id = id.clone();
                let revision_id = revision_id.clone();
                view! {
                    <ActionForm action attr:class="form moderation-step">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="revision" value=revision_id />
                        <input type="hidden" name="step" value=step.code() />
                        <div class="field">
                            <label for=note_id.clone()>
                                {locale.t(if step.needs_note() { "library-note-required" } else { "library-note-optional" })}
                            </label>
                            <textarea id=note_id name="note" rows="3" aria-required=step.needs_note().then_some("true")></textarea>
                        </div>
                        <button type="submit" class="button" data-testid=format!("step-{code}")>
                            {locale.t(&format!("library-do-{code}"))}
                        </button>
                    </ActionForm>
                }
            })
            .collect_view()}
    }
}
