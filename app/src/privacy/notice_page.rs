//! `/events/:slug/privacy`: the event's privacy notice in plain words,
//! read before consenting; its retention period is the event's own.

use crate::{
    events::page::get_event,
    i18n::use_locale,
    layout::{error_message, server_escaped, ErrorNotice},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PrivacyNoticePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let event = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        get_event,
    );
    view! {
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match event.await {
                    Ok(event) => {
                        let title = event.title.clone();
                        let days = i64::from(event.retention_days);
                        let sections = [
                            ("privacy-who-title", locale.t("privacy-who-body")),
                            ("privacy-what-title", locale.t("privacy-what-body")),
                            ("privacy-why-title", locale.t("privacy-why-body")),
                            ("privacy-sees-title", locale.t("privacy-sees-body")),
                            (
                                "privacy-how-long-title",
                                locale.t_with("privacy-how-long-body", &[("days", days.into())]),
                            ),
                            ("privacy-rights-title", locale.t("privacy-rights-body")),
                        ];
                        view! {
                            <Title text=server_escaped(format!("{} – {}", locale.t("privacy-notice-title"), event.title)) />
                            <h1>{locale.t("privacy-notice-title")}</h1>
                            <p class="lead">{locale.t_with("privacy-notice-intro", &[("event", title.into())])}</p>
                            {sections
                                .into_iter()
                                .map(|(heading, body)| view! {
                                    <section>
                                        <h2>{locale.t(heading)}</h2>
                                        <p>{body}</p>
                                    </section>
                                })
                                .collect_view()}
                        }
                        .into_any()
                    }
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
