//! `/staff/accounts`: admins add staff accounts, change their roles and
//! turn them off.

use super::model::StaffAccount;
use crate::{
    form_fields::{outcome_signals, ErrorSummary},
    i18n::{use_locale, Locale},
    layout::{error_message, ErrorNotice},
    registration::model::FormOutcome,
    staff::{pages::StaffDenied, roles::Role},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
const ADD_FLASH: &str = "staff-account-add";

/// What was typed into the add form, kept when it is refused. The
/// password is never kept: it is typed again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AccountDraft {
    pub name: String,
    pub email: String,
    pub role: String,
}

#[server]
pub async fn get_staff_accounts() -> Result<Vec<StaffAccount>, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ManageStaff)
        .await
        .map_err(|e| e.into_server_error())?;
    super::staff_accounts::list(&state.db)
        .await
        .map_err(|e| e.into_server_error())
}

#[server]
pub async fn add_staff_account(
    name: String,
    email: String,
    role: String,
    password: String,
) -> Result<Option<FormOutcome<AccountDraft>>, ServerFnError> {
    use crate::{
        platform::{error::ServiceError, flash},
        staff::{pages::staff_member, roles::Capability},
    };
    let (state, admin) = staff_member(Capability::ManageStaff)
        .await
        .map_err(|e| e.into_server_error())?;
    let now = chrono::Utc::now();
    match super::staff_accounts::create(&state.db, &admin, &name, &email, &role, &password, now)
        .await
    {
        Ok(()) => {
            leptos_axum::redirect("/staff/accounts");
            Ok(None)
        }
        Err(ServiceError::Invalid(errors)) => {
            let refused = FormOutcome {
                values: AccountDraft { name, email, role },
                errors,
                problem: None,
            };
            flash::send_back(ADD_FLASH, "/staff/accounts", &refused).await?;
            Ok(Some(refused))
        }
        Err(other) => Err(other.into_server_error()),
    }
}

/// What an add form posted without JavaScript left to fix, once.
#[server]
pub async fn take_staff_account_flash() -> Result<Option<FormOutcome<AccountDraft>>, ServerFnError>
{
    Ok(crate::platform::flash::take(ADD_FLASH).await)
}

#[server]
pub async fn change_staff_account(account: i32, role: String) -> Result<(), ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, admin) = staff_member(Capability::ManageStaff)
        .await
        .map_err(|e| e.into_server_error())?;
    super::staff_accounts::change(&state.db, &admin, account, &role, chrono::Utc::now())
        .await
        .map_err(|e| e.into_server_error())?;
    leptos_axum::redirect("/staff/accounts");
    Ok(())
}

fn role_name(locale: Locale, code: &str) -> String {
    locale.t(&format!("role-{}", code.replace('_', "-")))
}

#[component]
pub fn StaffAccountsPage() -> impl IntoView {
    let locale = use_locale();
    let add = ServerAction::<AddStaffAccount>::new();
    let change = ServerAction::<ChangeStaffAccount>::new();
    let accounts = Resource::new(|| (), |_| get_staff_accounts());
    let flash = Resource::new(|| (), |_| take_staff_account_flash());
    view! {
        <Title text=locale.t("accounts-title") />
        <Meta name="robots" content="noindex" />
        <p><a href="/staff">{locale.t("staff-title")}</a></p>
        <h1>{locale.t("accounts-title")}</h1>
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match accounts.await {
                    Ok(accounts) => view! { <AccountList accounts change /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
        {move || match change.value().get() {
            Some(Err(error)) => Some(view! { <ErrorNotice message=error_message(locale, &error) /> }),
            _ => None,
        }}
        <section aria-labelledby="add-heading">
            <h2 id="add-heading">{locale.t("accounts-add")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let flash = flash.await.ok().flatten();
                    view! { <AddForm add flash /> }
                })}
            </Suspense>
        </section>
    }
}

/// The form for a new account, with what was typed when it was refused.
#[component]
fn AddForm(
    add: ServerAction<AddStaffAccount>,
    flash: Option<FormOutcome<AccountDraft>>,
) -> impl IntoView {
    let locale = use_locale();
    let (errors, problem) = outcome_signals(
        Signal::derive(move || add.value().get()),
        flash
            .as_ref()
            .map(|f| (f.errors.clone(), f.problem.clone())),
    );
    let typed = flash.map(|f| f.values).unwrap_or_default();
    view! {
        <ErrorSummary errors problem />
        <ActionForm action=add attr:novalidate="" attr:class="form narrow">
            <div class="field">
                <label for="f-name">{locale.t("field-name")}</label>
                <input id="f-name" name="name" autocomplete="off" value=typed.name />
            </div>
            <div class="field">
                <label for="f-email">{locale.t("field-email")}</label>
                <input id="f-email" name="email" type="email" autocomplete="off" value=typed.email />
            </div>
            <div class="field">
                <label for="f-role">{locale.t("field-role")}</label>
                <select id="f-role" name="role">
                    {Role::ALL
                        .into_iter()
                        .map(|role| view! { <option value=role.code() selected=typed.role == role.code()>{role_name(locale, role.code())}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-password">{locale.t("field-password")}</label>
                <p class="hint">{locale.t("hint-staff-password")}</p>
                <input id="f-password" name="password" type="password" autocomplete="new-password" />
            </div>
            <button type="submit" class="button">{locale.t("accounts-add-submit")}</button>
        </ActionForm>
    }
}

#[component]
fn AccountList(
    accounts: Vec<StaffAccount>,
    change: ServerAction<ChangeStaffAccount>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="table-wrap">
            <table data-testid="staff-accounts">
                <thead>
                    <tr>
                        <th scope="col">{locale.t("field-name")}</th>
                        <th scope="col">{locale.t("field-email")}</th>
                        <th scope="col">{locale.t("field-role")}</th>
                    </tr>
                </thead>
                <tbody>
                    {accounts
                        .into_iter()
                        .map(|account| {
                            let current = if account.active { account.role.clone() } else { "disabled".to_owned() };
                            let select_id = format!("f-role-{}", account.id);
                            view! {
                                <tr>
                                    <td>{account.name.clone()}</td>
                                    <td>{account.email.clone()}</td>
                                    <td>
                                        <ActionForm action=change attr:class="inline-form">
                                            <input type="hidden" name="account" value=account.id />
                                            <label for=select_id.clone() class="visually-hidden">{locale.t_with("accounts-role-of", &[("name", account.name.clone().into())])}</label>
                                            <select id=select_id name="role">
                                                {Role::ALL
                                                    .into_iter()
                                                    .map(|role| role.code())
                                                    .chain(["disabled"])
                                                    .map(|code| view! { <option value=code selected=current == code>{role_name(locale, code)}</option> })
                                                    .collect_view()}
                                            </select>
                                            <button type="submit" class="button button-secondary">{locale.t("accounts-save")}</button>
                                        </ActionForm>
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
