//! `/staff/audit`: the log of every staff action, newest first, filtered by
//! event, action and person (admins only).

use super::model::{audit_action_key, AuditEntry, AuditPage, AUDIT_ACTIONS};
use crate::{
    events::model::EventView, i18n::use_locale, layout::error_message, staff::pages::StaffDenied,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// The log's filters as the page's address gives them.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditQuery {
    pub event: String,
    pub action: String,
    pub staff: String,
    pub before: String,
}

#[server]
pub async fn audit_log(query: AuditQuery) -> Result<(AuditPage, Vec<EventView>), ServerFnError> {
    use super::model::AuditFilter;
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ReadAuditLog)
        .await
        .map_err(|e| e.into_server_error())?;
    let events = crate::events::service::list(&state.db)
        .await
        .map_err(|e| e.into_server_error())?;
    let event_id = match query.event.trim() {
        "" => None,
        slug => Some(
            crate::events::service::find(&state.db, slug)
                .await
                .map_err(|e| e.into_server_error())?
                .id,
        ),
    };
    let filter = AuditFilter {
        event_id,
        action: query.action,
        subject: String::new(),
        staff: query.staff,
        before: query.before.trim().parse().ok(),
    };
    let page = super::audit::list(&state.db, &filter)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok((page, events))
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let locale = use_locale();
    let address = use_query_map();
    let query = move || {
        let address = address.read();
        let text = |name: &str| address.get(name).unwrap_or_default();
        AuditQuery {
            event: text("event"),
            action: text("action"),
            staff: text("staff"),
            before: text("before"),
        }
    };
    let log = Resource::new(query, audit_log);
    view! {
        <Title text=locale.t("audit-title") />
        <Meta name="robots" content="noindex" />
        <p><a href="/staff">{locale.t("staff-title")}</a></p>
        <h1>{locale.t("audit-title")}</h1>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let query = query();
                match log.await {
                    Ok((page, events)) => view! { <AuditFilters query=query.clone() events /> <AuditResults page query /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AuditFilters(query: AuditQuery, events: Vec<EventView>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <form method="get" action="/staff/audit" class="form search-form" role="search">
            <div class="filters">
                <div class="field">
                    <label for="f-event">{locale.t("field-event")}</label>
                    <select id="f-event" name="event">
                        <option value="">{locale.t("filter-all")}</option>
                        {events
                            .into_iter()
                            .map(|event| view! { <option value=event.slug.clone() selected=query.event == event.slug>{event.title}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-action">{locale.t("audit-action")}</label>
                    <select id="f-action" name="action">
                        <option value="">{locale.t("filter-all")}</option>
                        {AUDIT_ACTIONS
                            .into_iter()
                            .map(|action| view! { <option value=action selected=query.action == action>{locale.t(&audit_action_key(action))}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-staff">{locale.t("audit-who")}</label>
                    <input id="f-staff" type="search" name="staff" value=query.staff.clone() />
                </div>
            </div>
            <button type="submit" class="button">{locale.t("organizer-search-button")}</button>
        </form>
    }
}

#[component]
fn AuditResults(page: AuditPage, query: AuditQuery) -> impl IntoView {
    let locale = use_locale();
    let next = page.next.map(|before| {
        let encode = |value: &str| {
            percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC)
                .to_string()
        };
        format!(
            "/staff/audit?event={}&action={}&staff={}&before={before}",
            encode(&query.event),
            encode(&query.action),
            encode(&query.staff)
        )
    });
    view! {
        {if page.entries.is_empty() {
            view! { <p class="muted">{locale.t("audit-empty")}</p> }.into_any()
        } else {
            view! { <AuditTable entries=page.entries /> }.into_any()
        }}
        {next.map(|href| view! { <nav class="pagination" aria-label=locale.t("pager-pages")><a rel="next" href=href>{locale.t("audit-older")}</a></nav> })}
    }
}

/// Entries of the log: when, who, what, to what, why, and what changed.
#[component]
pub fn AuditTable(entries: Vec<AuditEntry>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="table-wrap">
            <table data-testid="audit-log">
                <thead>
                    <tr>
                        <th scope="col">{locale.t("audit-when")}</th>
                        <th scope="col">{locale.t("audit-who")}</th>
                        <th scope="col">{locale.t("audit-action")}</th>
                        <th scope="col">{locale.t("audit-subject")}</th>
                        <th scope="col">{locale.t("audit-reason")}</th>
                        <th scope="col">{locale.t("audit-changes")}</th>
                    </tr>
                </thead>
                <tbody>
                    {entries
                        .into_iter()
                        .map(|entry| {
                            view! {
                                <tr>
                                    <td>{locale.date_time(entry.at.naive_utc(), "UTC")}</td>
                                    <td>{if entry.by_staff { entry.staff_name } else { locale.t(&format!("audit-by-{}", entry.staff_name)) }}</td>
                                    <td>{locale.t(&audit_action_key(&entry.action))}</td>
                                    <td><code>{entry.subject}</code></td>
                                    <td>{entry.reason.unwrap_or_default()}</td>
                                    <td>
                                        <ul class="changes">
                                            {entry
                                                .changes
                                                .into_iter()
                                                .map(|(field, before, after)| view! { <li><strong>{field}</strong> ": " <del>{before}</del> " → " <ins>{after}</ins></li> })
                                                .collect_view()}
                                        </ul>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
