//! Database schema, applied at start-up. Every migration is idempotent through
//! sea-orm's migration table, and runs on SQLite and PostgreSQL alike.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_initial;
mod m20261123_000001_programme;
mod m20261124_000001_library;
mod m20261125_000001_organizer;
mod m20261126_000001_check_in;
mod m20261127_000001_announcements;
mod m20261128_000001_staff_accounts;
mod m20261129_000001_registration_window;
mod m20261130_000001_registration_list_index;
mod m20261201_000001_anonymised;
mod m20261202_000001_retention;
mod m20261203_000001_sign_in_lockout;
mod m20261204_000001_streams;
mod m20261205_000001_stream_captions;
mod m20261206_000001_form_flashes;
mod m20261207_000001_caption_line_keys;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_initial::Migration),
            Box::new(m20261123_000001_programme::Migration),
            Box::new(m20261124_000001_library::Migration),
            Box::new(m20261125_000001_organizer::Migration),
            Box::new(m20261126_000001_check_in::Migration),
            Box::new(m20261127_000001_announcements::Migration),
            Box::new(m20261128_000001_staff_accounts::Migration),
            Box::new(m20261129_000001_registration_window::Migration),
            Box::new(m20261130_000001_registration_list_index::Migration),
            Box::new(m20261201_000001_anonymised::Migration),
            Box::new(m20261202_000001_retention::Migration),
            Box::new(m20261203_000001_sign_in_lockout::Migration),
            Box::new(m20261204_000001_streams::Migration),
            Box::new(m20261205_000001_stream_captions::Migration),
            Box::new(m20261206_000001_form_flashes::Migration),
            Box::new(m20261207_000001_caption_line_keys::Migration),
        ]
    }
}
