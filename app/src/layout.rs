//! The frame around every page: skip link, header with the language choice
//! (a disclosure that opens without JavaScript, marked with a globe so it is
//! found in a page one cannot read), footer.

use crate::i18n::{use_locale, Locale};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

#[component]
pub fn Header() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let here = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    };
    view! {
        <a class="skip-link" href="#main">{locale.t("skip-to-content")}</a>
        <header class="site-header">
            <a class="site-name" href="/">{locale.t("site-name")}</a>
            <a class="site-link" href="/library">{locale.t("nav-library")}</a>
            <nav class="language-menu" aria-label=locale.t("language-choice")>
                <details>
                    <summary>
                        <svg class="globe" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                            <circle cx="12" cy="12" r="10" />
                            <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
                        </svg>
                        <span class="visually-hidden">{locale.t("language-choice")}": "</span>
                        {locale.endonym()}
                    </summary>
                <ul class="languages">
                    {Locale::ALL
                        .into_iter()
                        .map(|language| {
                            let href = move || {
                                format!(
                                    "/lang/{}?next={}",
                                    language.code(),
                                    utf8_percent_encode(&here(), NON_ALPHANUMERIC),
                                )
                            };
                            view! {
                                <li>
                                    <a
                                        href=href
                                        hreflang=language.code()
                                        lang=language.code()
                                        aria-current=(language == locale).then_some("true")
                                    >
                                        {language.endonym()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                </details>
            </nav>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let locale = use_locale();
    view! {
        <footer class="site-footer">
            <p>{locale.t("footer-organiser")}</p>
            <p>
                <a href="/staff">{locale.t("footer-staff")}</a>
            </p>
        </footer>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let locale = use_locale();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=locale.t("not-found-title") />
        <h1>{locale.t("not-found-title")}</h1>
        <p>{locale.t("not-found-body")}</p>
        <p>
            <a href="/">{locale.t("back-home")}</a>
        </p>
    }
}

/// What to tell a person about a failed server call, in their language: the
/// server's own message, or that the server could not be reached.
pub fn error_message(locale: Locale, error: &ServerFnError) -> String {
    match error {
        ServerFnError::ServerError(message) => message.clone(),
        _ => locale.t("error-connection"),
    }
}

/// A message shown in place of a page that could not load.
#[component]
pub fn ErrorNotice(message: String) -> impl IntoView {
    view! {
        <div class="notice notice-error" role="alert">
            <p>{message}</p>
        </div>
    }
}

/// Text for the two places where the renderer writes text as it is: a
/// `<textarea>`'s content and the page `<title>` (both count as raw text to
/// it). On the server it is escaped here, so that a value holding
/// `</textarea>` or `</title>` stays text; the browser sets them as text.
pub fn server_escaped(value: String) -> String {
    #[cfg(feature = "ssr")]
    {
        html_escape::encode_text(&value).into_owned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        value
    }
}

/// Previous and next links around "page 2 of 5", for lists that go on over
/// several pages; nothing when everything fits on one.
#[component]
pub fn Pagination(page: u64, pages: u64, href: impl Fn(u64) -> String + 'static) -> impl IntoView {
    let locale = use_locale();
    let count = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
    (pages > 1).then(|| {
        view! {
            <nav class="pagination" aria-label=locale.t("pager-pages")>
                {(page > 1).then(|| view! { <a rel="prev" href=href(page - 1)>{locale.t("pager-previous")}</a> })}
                " " {locale.t_with("pager-page-of", &[("page", count(page).into()), ("pages", count(pages).into())])} " "
                {(page < pages).then(|| view! { <a rel="next" href=href(page + 1)>{locale.t("pager-next")}</a> })}
            </nav>
        }
    })
}
