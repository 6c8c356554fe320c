use app::{
    platform::db,
    staff::{auth, roles::Role},
};
use clap::Parser;
use migrations::{Migrator, MigratorTrait};
use server::{
    config::{Cli, Command},
    StartupError,
};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        None | Some(Command::Serve) => server::serve(cli.config).await,
        Some(Command::CreateAdmin { email, name, role }) => {
            create_staff(&cli.config, &email, &name, &role).await
        }
    };
    if let Err(error) = result {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}

async fn create_staff(
    config: &server::config::Config,
    email: &str,
    name: &str,
    role: &str,
) -> Result<(), StartupError> {
    let role = Role::from_code(role).ok_or_else(|| {
        StartupError::Config(format!(
            "unknown role {role}: use admin, organizer, moderator or check_in"
        ))
    })?;
    let password = match std::env::var("ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            let first = rpassword::prompt_password("Password (at least 12 characters): ")?;
            let second = rpassword::prompt_password("Password again: ")?;
            if first != second {
                return Err(StartupError::Config("the passwords differ".into()));
            }
            first
        }
    };
    std::fs::create_dir_all(&config.data_dir)?;
    let db = db::connect(&config.database_url()).await?;
    Migrator::up(&db, None).await?;
    auth::create_staff(&db, email, name, &password, role, chrono::Utc::now()).await?;
    println!("Created {} account for {email}", role.code());
    Ok(())
}
