//! The organizers' programme pages: the list of sessions and visits with
//! their sign-ups, a form to add or change one, rooms and speakers, the
//! sign-up list of one activity and its CSV downloads.

use super::{
    directory_pages::{DirectoryActions, RoomsAndSpeakers},
    model::{ActivityForm, SignUpRow, StaffActivity, StaffProgramme, THEMES},
};
use crate::{
    i18n::use_locale,
    layout::{error_message, server_escaped, ErrorNotice},
    registration::model::FormOutcome,
    staff::pages::{status_label, SignOut, StaffDenied},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[server]
pub async fn get_staff_programme(slug: String) -> Result<StaffProgramme, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    super::organize::staff_programme(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())
}

#[server]
pub async fn get_sign_ups(
    slug: String,
    activity: i32,
) -> Result<(String, Vec<SignUpRow>), ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ViewRegistrations)
        .await
        .map_err(|e| e.into_server_error())?;
    super::organize::sign_ups(&state.db, &slug, activity)
        .await
        .map_err(|e| e.into_server_error())
}

/// Adds (`id` empty) or changes a session or visit.
#[server]
pub async fn save_activity(
    slug: String,
    id: String,
    form: ActivityForm,
) -> Result<FormOutcome<ActivityForm>, ServerFnError> {
    use crate::{
        forms::FieldErrors,
        platform::error::ServiceError,
        staff::{pages::staff_member, roles::Capability},
    };
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let id = crate::forms::record_id(&id).map_err(|e| e.into_server_error())?;
    let saved = super::organize::save_activity(
        &state.db,
        &member,
        &state.settings,
        &slug,
        id,
        &form,
        chrono::Utc::now(),
    )
    .await;
    let (errors, problem) = match saved {
        Ok(saved) => {
            leptos_axum::redirect(&format!("/staff/events/{slug}/programme/{saved}"));
            return Ok(FormOutcome::default());
        }
        Err(ServiceError::Invalid(errors)) => (errors, None),
        Err(error @ ServiceError::CapacityTooLow { .. }) => (
            FieldErrors::default(),
            Some(error.message(crate::i18n::detect_locale())),
        ),
        Err(other) => return Err(other.into_server_error()),
    };
    let refused = FormOutcome {
        values: form,
        errors,
        problem,
    };
    let page = match id {
        Some(id) => format!("/staff/events/{slug}/programme/{id}"),
        None => format!("/staff/events/{slug}/programme"),
    };
    crate::platform::flash::send_back(&activity_flash(&slug, id), &page, &refused).await?;
    Ok(refused)
}

/// The flash of a refused activity form: per event, and per activity or new.
#[cfg(feature = "ssr")]
fn activity_flash(slug: &str, id: Option<i32>) -> String {
    match id {
        Some(id) => format!("activity-{slug}-{id}"),
        None => format!("activity-{slug}-new"),
    }
}

/// An activity form refused while JavaScript was off, once.
#[server]
pub async fn take_activity_flash(
    slug: String,
    id: Option<i32>,
) -> Result<Option<FormOutcome<ActivityForm>>, ServerFnError> {
    Ok(crate::platform::flash::take(&activity_flash(&slug, id)).await)
}

#[server]
pub async fn cancel_activity(slug: String, activity: i32) -> Result<(), ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    super::organize::cancel_activity(
        &state.db,
        &member,
        &state.settings,
        &slug,
        activity,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| e.into_server_error())?;
    leptos_axum::redirect(&format!("/staff/events/{slug}/programme/{activity}"));
    Ok(())
}

/// `/staff/events/:slug/programme`: every session and visit, and forms to add.
#[component]
pub fn StaffProgrammePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let save = ServerAction::<SaveActivity>::new();
    let directory = DirectoryActions::default();
    let data = Resource::new(slug, get_staff_programme);
    let flash = Resource::new(slug, |slug| take_activity_flash(slug, None));
    view! {
        <Title text=locale.t("staff-programme") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match data.await {
                    Ok(programme) => view! {
                        <p class="muted"><a href=format!("/staff/events/{}", programme.event_slug)>{programme.event_title.clone()}</a></p>
                        <h1>{locale.t("staff-programme")}</h1>
                        <SignOut />
                        <ActivityTable slug=programme.event_slug.clone() activities=programme.activities.clone() />
                        <h2>{locale.t("staff-activity-new")}</h2>
                        <ActivityEditor programme=programme.clone() id=None values=ActivityForm::default() action=save flash />
                        <RoomsAndSpeakers programme actions=directory />
                    }
                    .into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/staff/events/:slug/programme/:id`: change one activity, see who signed up.
#[component]
pub fn StaffActivityPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or(0)
    };
    let save = ServerAction::<SaveActivity>::new();
    let cancel = ServerAction::<CancelActivity>::new();
    let data = Resource::new(
        move || (slug(), id()),
        |(slug, id)| async move {
            let programme = get_staff_programme(slug.clone()).await?;
            let sign_ups = get_sign_ups(slug, id).await?;
            Ok::<_, ServerFnError>((programme, sign_ups))
        },
    );
    let flash = Resource::new(
        move || (slug(), id()),
        |(slug, id)| take_activity_flash(slug, Some(id)),
    );
    view! {
        <Title text=locale.t("staff-programme") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match data.await {
                    Ok((programme, (title, rows))) => {
                        let current = programme.activities.iter().find(|a| a.id == id()).cloned();
                        let slug = programme.event_slug.clone();
                        let base = format!("/staff/events/{slug}/activities/{}", id());
                        view! {
                            <p class="muted"><a href=format!("/staff/events/{slug}/programme")>{locale.t("staff-programme")}</a></p>
                            <h1>{title}</h1>
                            {current.map(|current| view! {
                                {current.cancelled.then(|| view! { <p class="notice">{locale.t("badge-cancelled")}</p> })}
                                <ActivityEditor programme=programme.clone() id=Some(current.id) values=current.form.clone() action=save flash=flash.clone() />
                                {move || match cancel.value().get() {
                                    Some(Err(error)) => Some(view! { <ErrorNotice message=error_message(locale, &error) /> }),
                                    _ => None,
                                }}
                                {(!current.cancelled).then(|| view! {
                                    <ActionForm action=cancel attr:class="danger-zone">
                                        <input type="hidden" name="slug" value=slug.clone() />
                                        <input type="hidden" name="activity" value=current.id />
                                        <p>{locale.t("staff-activity-cancel-hint")}</p>
                                        <button type="submit" class="button button-danger">{locale.t("staff-activity-cancel")}</button>
                                    </ActionForm>
                                })}
                            })}
                            <h2>{locale.t("staff-sign-ups")}</h2>
                            <p>
                                <a href=format!("{base}/signups.csv") download="">{locale.t("staff-sign-ups-csv")}</a>
                                " · "
                                <a href=format!("{base}/manifest.csv") download="">{locale.t("staff-manifest-csv")}</a>
                            </p>
                            <SignUpTable rows />
                        }
                        .into_any()
                    }
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ActivityTable(slug: String, activities: Vec<StaffActivity>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="table-wrap">
            <table data-testid="staff-activities">
                <thead>
                    <tr>
                        <th scope="col">{locale.t("staff-activity-title")}</th>
                        <th scope="col">{locale.t("programme-filter-day")}</th>
                        <th scope="col">{locale.t("staff-activity-capacity")}</th>
                        <th scope="col">{locale.t("staff-confirmed")}</th>
                        <th scope="col">{locale.t("staff-offered")}</th>
                        <th scope="col">{locale.t("staff-waitlisted")}</th>
                    </tr>
                </thead>
                <tbody>
                    {activities.into_iter().map(|activity| {
                        let href = format!("/staff/events/{slug}/programme/{}", activity.id);
                        let when = format!("{} {}–{}", activity.form.day, activity.form.starts, activity.form.ends);
                        let capacity = if activity.form.capacity.is_empty() { "—".to_owned() } else { activity.form.capacity.clone() };
                        view! {
                            <tr>
                                <td>
                                    <a href=href>{activity.form.title.clone()}</a>
                                    {activity.cancelled.then(|| view! { " " <span class="badge badge-danger">{locale.t("badge-cancelled")}</span> })}
                                </td>
                                <td>{when}</td>
                                <td>{capacity}</td>
                                <td>{activity.confirmed}</td>
                                <td>{activity.offered}</td>
                                <td>{activity.waitlisted}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn SignUpTable(rows: Vec<SignUpRow>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="table-wrap">
            <table data-testid="sign-ups">
                <thead>
                    <tr>
                        <th scope="col">{locale.t("field-name")}</th>
                        <th scope="col">{locale.t("field-organisation")}</th>
                        <th scope="col">{locale.t("field-country")}</th>
                        <th scope="col">{locale.t("field-email")}</th>
                        <th scope="col">{locale.t("staff-status")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <td>{row.name}</td>
                            <td>{row.organisation}</td>
                            <td>{locale.country_name(&row.country)}</td>
                            <td>{row.email}</td>
                            <td>{status_label(locale, row.status)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The add-or-change form of a session or visit.
#[component]
fn ActivityEditor(
    programme: StaffProgramme,
    id: Option<i32>,
    values: ActivityForm,
    action: ServerAction<SaveActivity>,
    flash: Option<FormOutcome<ActivityForm>>,
) -> impl IntoView {
    let locale = use_locale();
    let (values, flashed) = match flash {
        Some(refused) => (refused.values.clone(), refused),
        None => (values, FormOutcome::default()),
    };
    let flashed = StoredValue::new(flashed);
    let outcome = move || match action.value().get() {
        Some(Err(error)) => FormOutcome {
            problem: Some(error_message(locale, &error)),
            ..FormOutcome::default()
        },
        _ => flashed.get_value(),
    };
    let error = move |field: &'static str| {
        move || {
            outcome()
                .errors
                .get(field)
                .map(|key| view! { <p class="field-error">{locale.t(key)}</p> })
        }
    };
    let options = |choices: Vec<(String, String)>, chosen: String| {
        choices
            .into_iter()
            .map(|(value, label)| {
                let selected = value == chosen;
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let kinds = ["plenary", "breakout", "workshop", "visit"]
        .map(|k| (k.to_owned(), locale.t(&format!("kind-{k}"))))
        .to_vec();
    let modes = ["in_person", "online", "hybrid"]
        .map(|m| (m.to_owned(), locale.t(&format!("mode-{m}"))))
        .to_vec();
    let mut themes = vec![(String::new(), "—".to_owned())];
    themes.extend(THEMES.map(|t| (t.to_owned(), locale.t(&format!("theme-{t}")))));
    let mut rooms = vec![(String::new(), "—".to_owned())];
    rooms.extend(
        programme
            .rooms
            .iter()
            .map(|(id, name)| (id.to_string(), name.clone())),
    );
    let days: Vec<(String, String)> = programme
        .days
        .iter()
        .map(|d| {
            let label = d
                .parse()
                .map(|day| locale.date(day))
                .unwrap_or_else(|_| d.clone());
            (d.clone(), label)
        })
        .collect();
    let text_field =
        move |name: &'static str, label: &'static str, value: String, kind: &'static str| {
            let id = format!("a-{name}");
            view! {
                <div class="field">
                    <label for=id.clone()>{locale.t(label)}</label>
                    {error(name)}
                    <input id=id type=kind name=format!("form[{name}]") value=value />
                </div>
            }
        };
    view! {
        {move || outcome().problem.map(|message| view! { <ErrorNotice message /> })}
        <ActionForm action attr:class="form" attr:novalidate="">
            <input type="hidden" name="slug" value=programme.event_slug.clone() />
            <input type="hidden" name="id" value=id.map(|id| id.to_string()).unwrap_or_default() />
            <div class="field">
                <label for="a-kind">{locale.t("staff-activity-kind")}</label>
                {error("kind")}
                <select id="a-kind" name="form[kind]">{options(kinds, values.kind.clone())}</select>
            </div>
            {text_field("title", "staff-activity-title", values.title.clone(), "text")}
            <div class="field">
                <label for="a-summary">{locale.t("staff-activity-summary")}</label>
                {error("summary")}
                <textarea id="a-summary" name="form[summary]" rows="3">{server_escaped(values.summary.clone())}</textarea>
            </div>
            <div class="field">
                <label for="a-mode">{locale.t("programme-filter-mode")}</label>
                {error("mode")}
                <select id="a-mode" name="form[mode]">{options(modes, values.mode.clone())}</select>
            </div>
            <div class="field">
                <label for="a-theme">{locale.t("programme-filter-theme")}</label>
                {error("theme")}
                <select id="a-theme" name="form[theme]">{options(themes, values.theme.clone())}</select>
            </div>
            <div class="field">
                <label for="a-room">{locale.t("staff-activity-room")}</label>
                {error("room")}
                <select id="a-room" name="form[room]">{options(rooms, values.room.clone())}</select>
            </div>
            <div class="field">
                <label for="a-day">{locale.t("programme-filter-day")}</label>
                {error("day")}
                <select id="a-day" name="form[day]">{options(days, values.day.clone())}</select>
            </div>
            {text_field("starts", "staff-activity-starts", values.starts.clone(), "time")}
            {text_field("ends", "staff-activity-ends", values.ends.clone(), "time")}
            <div class="field checkbox">
                <input id="a-streamed" type="checkbox" name="form[streamed]" value="on" checked=values.streamed.is_some() />
                <label for="a-streamed">{locale.t("badge-streamed")}</label>
            </div>
            {text_field("capacity", "staff-activity-capacity", values.capacity.clone(), "text")}
            <p class="hint">{locale.t("staff-activity-capacity-hint")}</p>
            {text_field("meeting_point", "visit-meeting-point", values.meeting_point.clone(), "text")}
            {text_field("transport", "visit-transport", values.transport.clone(), "text")}
            {text_field("what_to_bring", "visit-bring", values.what_to_bring.clone(), "text")}
            <fieldset class="field">
                <legend>{locale.t("staff-activity-speakers")}</legend>
                {error("speakers")}
                {programme.speakers.iter().map(|(id, person)| {
                    let field = format!("a-speaker-{id}");
                    let checked = values.speakers.contains(&id.to_string());
                    view! {
                        <div class="checkbox">
                            <input id=field.clone() type="checkbox" name="form[speakers][]" value=id.to_string() checked=checked />
                            <label for=field>{format!("{} ({})", person.name, person.organisation)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button">{locale.t("staff-activity-save")}</button>
        </ActionForm>
    }
}
