//! `/staff/events/:slug/registrations`: the registrations of an event,
//! searched, filtered, ordered and paged by a plain GET form (each search
//! has its address, and the exports take the same filters).

use super::model::{RegistrationList, RegistrationQuery, SORTS};
use crate::{
    i18n::{use_locale, COUNTRY_CODES},
    layout::{error_message, server_escaped, Pagination},
    registration::model::Attendance,
    staff::pages::{status_label, StaffDenied},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[server]
pub async fn staff_registrations(
    slug: String,
    query: RegistrationQuery,
) -> Result<RegistrationList, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ViewRegistrations)
        .await
        .map_err(|e| e.into_server_error())?;
    super::registrations::search(&state.db, &slug, &query)
        .await
        .map_err(|e| e.into_server_error())
}

pub fn attendance_label(locale: crate::i18n::Locale, attendance: Attendance) -> String {
    locale.t(match attendance {
        Attendance::InPerson => "attendance-in-person",
        Attendance::Online => "attendance-online",
    })
}

#[component]
pub fn RegistrationsPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let address = use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let query = move || {
        let address = address.read();
        let text = |name: &str| address.get(name).unwrap_or_default();
        RegistrationQuery {
            q: text("q"),
            attendance: text("attendance"),
            status: text("status"),
            country: text("country"),
            sort: text("sort"),
            page: text("page"),
        }
    };
    let list = Resource::new(
        move || (slug(), query()),
        |(slug, query)| staff_registrations(slug, query),
    );
    view! {
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let query = query();
                match list.await {
                    Ok(list) => view! { <RegistrationsView list query /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RegistrationsView(list: RegistrationList, query: RegistrationQuery) -> impl IntoView {
    let locale = use_locale();
    let base = format!("/staff/events/{}", list.event_slug);
    let here = format!("{base}/registrations");
    let search = query.to_query_string(1);
    let export = |extension: &str| {
        let separator = if search.is_empty() { "" } else { "?" };
        format!("{base}/registrations.{extension}{separator}{search}")
    };
    let title = locale.t_with(
        "organizer-registrations-of",
        &[("event", list.event_title.clone().into())],
    );
    let total = i64::try_from(list.total).unwrap_or(i64::MAX);
    let option = |value: &'static str, key: &str, current: &str| {
        view! { <option value=value selected=current == value>{locale.t(key)}</option> }
    };
    let page_href = {
        let here = here.clone();
        let query = query.clone();
        move |page| format!("{here}?{}", query.to_query_string(page))
    };
    view! {
        <Title text=server_escaped(title.clone()) />
        <p><a href=base.clone()>{locale.t("organizer-back-to-dashboard")}</a></p>
        <h1>{title}</h1>
        <form method="get" action=here.clone() class="form search-form" role="search">
            <div class="field">
                <label for="f-q">{locale.t("organizer-search")}</label>
                <input id="f-q" type="search" name="q" value=query.q.clone() />
            </div>
            <div class="filters">
                <div class="field">
                    <label for="f-attendance">{locale.t("field-attendance")}</label>
                    <select id="f-attendance" name="attendance">
                        {option("", "filter-all", &query.attendance)}
                        {option("in_person", "attendance-in-person", &query.attendance)}
                        {option("online", "attendance-online", &query.attendance)}
                    </select>
                </div>
                <div class="field">
                    <label for="f-status">{locale.t("staff-status")}</label>
                    <select id="f-status" name="status">
                        {option("", "filter-all", &query.status)}
                        {option("confirmed", "staff-status-confirmed", &query.status)}
                        {option("waitlisted", "staff-status-waitlisted", &query.status)}
                        {option("offered", "staff-status-offered", &query.status)}
                        {option("cancelled", "staff-status-cancelled", &query.status)}
                    </select>
                </div>
                <div class="field">
                    <label for="f-country">{locale.t("field-country")}</label>
                    <select id="f-country" name="country">
                        <option value="">{locale.t("filter-all")}</option>
                        {COUNTRY_CODES
                            .iter()
                            .map(|code| view! { <option value=*code selected=query.country == *code>{locale.country_name(code)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-sort">{locale.t("organizer-sort")}</label>
                    <select id="f-sort" name="sort">
                        {SORTS
                            .into_iter()
                            .map(|sort| {
                                let selected = query.sort == sort || (query.sort.is_empty() && sort == SORTS[0]);
                                view! { <option value=sort selected=selected>{locale.t(&format!("organizer-sort-{sort}"))}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <button type="submit" class="button">{locale.t("organizer-search-button")}</button>
        </form>
        <p role="status" data-testid="registration-count">
            {locale.t_with("organizer-registrations-found", &[("count", total.into())])}
        </p>
        <p class="inline">
            {locale.t("organizer-export")} " "
            <a href=export("csv") download>"CSV"</a> " · "
            <a href=export("xlsx") download>"XLSX"</a>
        </p>
        <div class="table-wrap">
            <table data-testid="registrations">
                <thead>
                    <tr>
                        <th scope="col">{locale.t("field-name")}</th>
                        <th scope="col">{locale.t("field-email")}</th>
                        <th scope="col">{locale.t("field-organisation")}</th>
                        <th scope="col">{locale.t("field-country")}</th>
                        <th scope="col">{locale.t("field-attendance")}</th>
                        <th scope="col">{locale.t("staff-status")}</th>
                        <th scope="col">{locale.t("staff-registered-on")}</th>
                    </tr>
                </thead>
                <tbody>
                    {list
                        .rows
                        .into_iter()
                        .map(|row| {
                            let href = format!("{here}/{}", row.id);
                            view! {
                                <tr>
                                    <td><a href=href>{row.name}</a></td>
                                    <td>{row.email}</td>
                                    <td>{row.organisation}</td>
                                    <td>{locale.country_name(&row.country)}</td>
                                    <td>{attendance_label(locale, row.attendance)}</td>
                                    <td>{status_label(locale, row.status)}</td>
                                    <td>{locale.date(row.registered_on)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <Pagination page=list.page pages=list.pages href=page_href />
    }
}
