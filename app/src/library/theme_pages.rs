//! `/staff/library/themes`: organizers keep the curated list of themes
//! that submissions choose from.

use super::{
    form_page::theme_name,
    model::{StaffTheme, ThemeView},
};
use crate::{
    i18n::use_locale,
    layout::{error_message, ErrorNotice},
    staff::pages::{SignOut, StaffDenied},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[server]
pub async fn get_themes() -> Result<Vec<StaffTheme>, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    super::themes::all(&state.db)
        .await
        .map_err(|e| e.into_server_error())
}

/// Adds a theme (`id` empty), renames one, or retires or restores one
/// (`retired` "true" or "false").
#[server]
pub async fn save_theme(id: String, name: String, retired: String) -> Result<(), ServerFnError> {
    use super::themes;
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let (db, now) = (&state.db, chrono::Utc::now());
    let id = crate::forms::record_id(&id).map_err(|e| e.into_server_error())?;
    let result = match (id, retired.as_str()) {
        (None, _) => themes::add(db, &member, &name, now).await,
        (Some(id), "true") => themes::set_retired(db, &member, id, true, now).await,
        (Some(id), "false") => themes::set_retired(db, &member, id, false, now).await,
        (Some(id), _) => themes::rename(db, &member, id, &name, now).await,
    };
    result.map_err(|e| e.into_server_error())?;
    leptos_axum::redirect("/staff/library/themes");
    Ok(())
}

#[component]
pub fn ThemesPage() -> impl IntoView {
    let locale = use_locale();
    let save = ServerAction::<SaveTheme>::new();
    let themes = Resource::new(|| (), |_| get_themes());
    view! {
        <Title text=locale.t("library-themes") />
        <Meta name="robots" content="noindex" />
        <p class="muted"><a href="/staff/library">{locale.t("library-moderation")}</a></p>
        <h1>{locale.t("library-themes")}</h1>
        <p class="hint">{locale.t("library-themes-hint")}</p>
        {move || {
            save.value()
                .get()
                .and_then(Result::err)
                .map(|error| view! { <ErrorNotice message=error_message(locale, &error) /> })
        }}
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match themes.await {
                    Ok(themes) => view! {
                        <SignOut />
                        <ul class="cards" data-testid="themes">
                            {themes.into_iter().map(|theme| view! { <ThemeRow theme save /> }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
        <h2>{locale.t("library-theme-add")}</h2>
        <ActionForm action=save attr:class="form inline-form">
            <input type="hidden" name="id" value="" />
            <input type="hidden" name="retired" value="" />
            <div class="field">
                <label for="t-new">{locale.t("library-theme-name")}</label>
                <input id="t-new" name="name" type="text" />
            </div>
            <button type="submit" class="button">{locale.t("library-theme-add")}</button>
        </ActionForm>
    }
}

#[component]
fn ThemeRow(theme: StaffTheme, save: ServerAction<SaveTheme>) -> impl IntoView {
    let locale = use_locale();
    let shown = theme_name(
        locale,
        &ThemeView {
            code: theme.code.clone(),
            name: theme.name.clone(),
            translated: theme.translated,
        },
    );
    let field = format!("t-{}", theme.id);
    let id = theme.id.to_string();
    let toggle_id = id.clone();
    let toggle = if theme.retired { "false" } else { "true" };
    view! {
        <li class="card" data-testid="theme">
            <p>
                <strong>{shown}</strong>
                {theme.retired.then(|| view! { " · " {locale.t("library-theme-retired")} })}
            </p>
            <ActionForm action=save attr:class="form inline-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="retired" value="" />
                <div class="field">
                    <label for=field.clone()>{locale.t("library-theme-name")}</label>
                    <input id=field name="name" type="text" value=theme.name />
                </div>
                <button type="submit" class="button button-secondary">{locale.t("library-theme-rename")}</button>
            </ActionForm>
            <ActionForm action=save attr:class="inline-form">
                <input type="hidden" name="id" value=toggle_id />
                <input type="hidden" name="name" value="" />
                <input type="hidden" name="retired" value=toggle />
                <button type="submit" class="button button-secondary">
                    {locale.t(if theme.retired { "library-theme-restore" } else { "library-theme-retire" })}
                </button>
            </ActionForm>
        </li>
    }
}
