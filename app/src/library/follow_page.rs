//! `/library/follow/:token`: the submitter's page, reached through the link
//! in every email about their practice. It says where the practice stands
//! and what moderators wrote, and while it is under review it holds the
//! edit form (a new revision) and a way to withdraw it.

use super::{
    form_page::{take_posted_practice, PracticeEditor},
    model::{FollowView, HistoryEntry, PostedPractice},
    rules::Review,
};
use crate::{
    i18n::{use_locale, Locale},
    layout::{error_message, ErrorNotice},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[server]
pub async fn get_follow(token: String) -> Result<FollowView, ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    super::catalogue::follow(&state.db, &token)
        .await
        .map_err(|e| e.into_server_error())
}

/// The submitter takes their practice back.
#[server]
pub async fn withdraw_practice(token: String) -> Result<(), ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    super::service::withdraw(&state.db, &token, chrono::Utc::now())
        .await
        .map_err(|e| e.into_server_error())?;
    state.library.refresh(&state.db).await;
    leptos_axum::redirect(&format!("/library/follow/{token}"));
    Ok(())
}

/// The name of where a practice stands, for submitters and moderators.
pub fn review_label(locale: Locale, review: Review) -> String {
    locale.t(&format!(
        "library-review-{}",
        review.code().replace('_', "-")
    ))
}

/// The history of a practice: each step, who took it, when, and the note.
#[component]
pub fn History(entries: Vec<HistoryEntry>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ol class="history" data-testid="history">
            {entries
                .into_iter()
                .map(|entry| {
                    view! {
                        <li>
                            <strong>{locale.t(&format!("library-step-{}", entry.action.replace('_', "-")))}</strong>
                            " · " {entry.actor} " · " {locale.date(entry.at.date_naive())}
                            {entry.note.map(|note| view! { <blockquote class="note">{note}</blockquote> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

#[component]
pub fn FollowPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let withdraw = ServerAction::<WithdrawPractice>::new();
    let view_data = Resource::new(token, get_follow);
    let posted = Resource::new(|| (), |_| take_posted_practice());
    let notice = move || {
        let query = query.read();
        if query.get("sent").is_some() {
            Some(locale.t("library-sent"))
        } else if query.get("saved").is_some() {
            Some(locale.t("library-saved"))
        } else {
            None
        }
    };
    view! {
        <Title text=locale.t("library-follow-title") />
        <Meta name="robots" content="noindex" />
        <h1>{locale.t("library-follow-title")}</h1>
        {move || notice().map(|text| view! { <div class="notice notice-success" role="status" data-testid="follow-notice"><p>{text}</p></div> })}
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let posted = posted.await.ok().flatten();
                match view_data.await {
                    Ok(follow) => view! { <FollowContent token=token() follow posted withdraw /> }.into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn FollowContent(
    token: String,
    follow: FollowView,
    posted: Option<PostedPractice>,
    withdraw: ServerAction<WithdrawPractice>,
) -> impl IntoView {
    let locale = use_locale();
    let title = follow.form.title.clone();
    let posted = posted.unwrap_or_else(|| PostedPractice {
        values: follow.form.clone(),
        ..Default::default()
    });
    view! {
        <p class="lead">{title}</p>
        <p>
            {locale.t("library-status")} " "
            <strong class=format!("badge review-{}", follow.review.code()) data-testid="review">
                {review_label(locale, follow.review)}
            </strong>
        </p>
        {follow
            .public_id
            .map(|id| {
                view! {
                    <p>
                        <a href=format!("/library/{id}")>{locale.t("library-see-public")}</a>
                    </p>
                }
            })}
        <h2>{locale.t("library-history")}</h2>
        <History entries=follow.history />
        {if follow.may_edit {
            view! {
                <h2>{locale.t("library-edit")}</h2>
                <p class="hint">{locale.t("library-edit-hint")}</p>
                <PracticeEditor
                    action=format!("/library/follow/{token}")
                    posted
                    choices=follow.choices
                    current_file=follow.file_name
                    submit_label=locale.t("library-resubmit-button")
                />
                <h2>{locale.t("library-withdraw")}</h2>
                <ActionForm action=withdraw attr:class="form">
                    <input type="hidden" name="token" value=token.clone() />
                    <p class="hint">{locale.t("library-withdraw-hint")}</p>
                    <button type="submit" class="button button-secondary">{locale.t("library-withdraw-button")}</button>
                </ActionForm>
                {move || {
                    withdraw
                        .value()
                        .get()
                        .and_then(Result::err)
                        .map(|error| view! { <ErrorNotice message=error_message(locale, &error) /> })
                }}
            }
                .into_any()
        } else {
            view! { <p class="notice">{locale.t("library-closed")}</p> }.into_any()
        }}
    }
}
