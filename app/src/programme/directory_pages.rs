//! The rooms and speakers part of the organizers' programme page: add,
//! rename or correct, and remove.

use super::model::{SpeakerView, StaffProgramme};
use crate::{
    i18n::use_locale,
    layout::{error_message, ErrorNotice},
};
use leptos::prelude::*;

/// Adds (`id` empty) or renames a room.
#[server]
pub async fn save_room(slug: String, id: String, name: String) -> Result<(), ServerFnError> {
    let (state, member) = directory_staff().await?;
    let id = crate::forms::record_id(&id).map_err(|e| e.into_server_error())?;
    let saved =
        super::directory::save_room(&state.db, &member, &slug, id, &name, chrono::Utc::now()).await;
    settled(saved, &slug)
}

#[server]
pub async fn remove_room(slug: String, id: i32) -> Result<(), ServerFnError> {
    let (state, member) = directory_staff().await?;
    let removed =
        super::directory::remove_room(&state.db, &member, &slug, id, chrono::Utc::now()).await;
    settled(removed, &slug)
}

/// Adds (`id` empty) or corrects a speaker.
#[server]
pub async fn save_speaker(
    slug: String,
    id: String,
    person: SpeakerView,
) -> Result<(), ServerFnError> {
    let (state, member) = directory_staff().await?;
    let id = crate::forms::record_id(&id).map_err(|e| e.into_server_error())?;
    let saved =
        super::directory::save_speaker(&state.db, &member, &slug, id, &person, chrono::Utc::now())
            .await;
    settled(saved, &slug)
}

#[server]
pub async fn remove_speaker(slug: String, id: i32) -> Result<(), ServerFnError> {
    let (state, member) = directory_staff().await?;
    let removed =
        super::directory::remove_speaker(&state.db, &member, &slug, id, chrono::Utc::now()).await;
    settled(removed, &slug)
}

/// The state and the staff member, who must be allowed to manage events.
#[cfg(feature = "ssr")]
async fn directory_staff() -> Result<
    (
        crate::platform::state::AppState,
        crate::staff::auth::StaffMember,
    ),
    ServerFnError,
> {
    use crate::staff::{pages::staff_member, roles::Capability};
    staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())
}

/// Back to the programme page when done; a refusal says which field is wrong.
#[cfg(feature = "ssr")]
fn settled(
    outcome: Result<(), crate::platform::error::ServiceError>,
    slug: &str,
) -> Result<(), ServerFnError> {
    use crate::platform::error::ServiceError;
    match outcome {
        Ok(()) => {
            leptos_axum::redirect(&format!("/staff/events/{slug}/programme"));
            Ok(())
        }
        Err(ServiceError::Invalid(errors)) => {
            let locale = crate::i18n::detect_locale();
            let message = errors
                .iter()
                .map(|(field, key)| format!("{}: {}", locale.t(field_label(field)), locale.t(key)))
                .collect::<Vec<_>>()
                .join(" ");
            ServiceError::Invalid(errors).answer_status();
            Err(ServerFnError::ServerError(message))
        }
        Err(other) => Err(other.into_server_error()),
    }
}

#[cfg(feature = "ssr")]
fn field_label(field: &str) -> &'static str {
    match field {
        "speaker_name" => "field-name",
        "speaker_organisation" => "field-organisation",
        "speaker_country" => "field-country",
        _ => "staff-room-name",
    }
}

/// The four actions of the rooms-and-speakers part of the page.
#[derive(Clone, Copy)]
pub struct DirectoryActions {
    save_room: ServerAction<SaveRoom>,
    remove_room: ServerAction<RemoveRoom>,
    save_speaker: ServerAction<SaveSpeaker>,
    remove_speaker: ServerAction<RemoveSpeaker>,
}

impl Default for DirectoryActions {
    fn default() -> Self {
        DirectoryActions {
            save_room: ServerAction::new(),
            remove_room: ServerAction::new(),
            save_speaker: ServerAction::new(),
            remove_speaker: ServerAction::new(),
        }
    }
}

impl DirectoryActions {
    /// The refusal of the last action, if it was refused.
    fn failure(&self) -> Option<ServerFnError> {
        [
            self.save_room.value().get(),
            self.remove_room.value().get(),
            self.save_speaker.value().get(),
            self.remove_speaker.value().get(),
        ]
        .into_iter()
        .flatten()
        .find_map(Result::err)
    }
}

#[component]
pub fn RoomsAndSpeakers(programme: StaffProgramme, actions: DirectoryActions) -> impl IntoView {
    let locale = use_locale();
    let slug = programme.event_slug.clone();
    let room_rows = programme
        .rooms
        .into_iter()
        .map(|(id, name)| {
            let field = format!("r-name-{id}");
            let (slug, remove_slug) = (slug.clone(), slug.clone());
            view! {
                <li class="directory-row" data-testid="room">
                    <ActionForm action=actions.save_room attr:class="inline-form">
                        <input type="hidden" name="slug" value=slug />
                        <input type="hidden" name="id" value=id.to_string() />
                        <label for=field.clone() class="visually-hidden">{locale.t("staff-room-name")}</label>
                        <input id=field name="name" type="text" value=name />
                        <button type="submit" class="button button-secondary">{locale.t("staff-save-changes")}</button>
                    </ActionForm>
                    <ActionForm action=actions.remove_room attr:class="inline-form">
                        <input type="hidden" name="slug" value=remove_slug />
                        <input type="hidden" name="id" value=id.to_string() />
                        <button type="submit" class="button button-danger">{locale.t("staff-remove")}</button>
                    </ActionForm>
                </li>
            }
        })
        .collect_view();
    let speaker_rows = programme
        .speakers
        .into_iter()
        .map(|(id, person)| {
            let (slug, remove_slug) = (slug.clone(), slug.clone());
            let summary = format!(
                "{} ({}, {})",
                person.name,
                person.organisation,
                locale.country_name(&person.country)
            );
            view! {
                <li data-testid="speaker">
                    <details>
                        <summary>{summary}</summary>
                        <SpeakerForm slug id=Some(id) person action=actions.save_speaker />
                        <ActionForm action=actions.remove_speaker attr:class="inline-form">
                            <input type="hidden" name="slug" value=remove_slug />
                            <input type="hidden" name="id" value=id.to_string() />
                            <button type="submit" class="button button-danger">{locale.t("staff-remove")}</button>
                        </ActionForm>
                    </details>
                </li>
            }
        })
        .collect_view();
    let new_speaker_slug = slug.clone();
    view! {
        {move || actions.failure().map(|error| view! { <ErrorNotice message=error_message(locale, &error) /> })}
        <h2>{locale.t("staff-rooms")}</h2>
        <ul class="directory">{room_rows}</ul>
        <ActionForm action=actions.save_room attr:class="form inline-form">
            <input type="hidden" name="slug" value=slug />
            <input type="hidden" name="id" value="" />
            <label for="r-name">{locale.t("staff-room-name")}</label>
            <input id="r-name" name="name" type="text" />
            <button type="submit" class="button">{locale.t("staff-room-add")}</button>
        </ActionForm>
        <h2>{locale.t("staff-speakers")}</h2>
        <ul class="directory">{speaker_rows}</ul>
        <h3>{locale.t("staff-speaker-add")}</h3>
        <SpeakerForm slug=new_speaker_slug id=None person=SpeakerView::default() action=actions.save_speaker />
    }
}

/// The form of a new speaker (`id` none) or of one to correct.
#[component]
fn SpeakerForm(
    slug: String,
    id: Option<i32>,
    person: SpeakerView,
    action: ServerAction<SaveSpeaker>,
) -> impl IntoView {
    let locale = use_locale();
    let prefix = id.map_or_else(|| "s".to_owned(), |id| format!("s{id}"));
    let field = move |name: &str| format!("{prefix}-{name}");
    let country = person.country.clone();
    let button = if id.is_some() {
        "staff-save-changes"
    } else {
        "staff-speaker-add"
    };
    view! {
        <ActionForm action attr:class="form">
            <input type="hidden" name="slug" value=slug />
            <input type="hidden" name="id" value=id.map(|id| id.to_string()).unwrap_or_default() />
            <div class="field">
                <label for=field("name")>{locale.t("field-name")}</label>
                <input id=field("name") name="person[name]" type="text" value=person.name />
            </div>
            <div class="field">
                <label for=field("organisation")>{locale.t("field-organisation")}</label>
                <input id=field("organisation") name="person[organisation]" type="text" value=person.organisation />
            </div>
            <div class="field">
                <label for=field("country")>{locale.t("field-country")}</label>
                <select id=field("country") name="person[country]">
                    {locale.countries().into_iter().map(|(code, name)| {
                        let selected = code == country.as_str();
                        view! { <option value=code selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{locale.t(button)}</button>
        </ActionForm>
    }
}
