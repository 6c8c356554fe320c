# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = Registrations
organizer-registrations-of = Registrations: { $event }
organizer-back-to-dashboard = Back to the event's overview
organizer-back-to-list = Back to the registrations
organizer-search = Name, email or organisation
organizer-search-button = Search
organizer-sort = Order
organizer-sort-newest = Newest first
organizer-sort-oldest = Oldest first
organizer-sort-name = Name
organizer-sort-country = Country
organizer-sort-waitlist = Waitlist order
organizer-registrations-found = { $count ->
    [one] One registration
   *[other] { $count } registrations
}
organizer-export = Download these registrations:
organizer-saved = Saved. The change is in the history below.
organizer-waitlist-position = number { $position } on the waitlist
organizer-correct = Correct the details
organizer-save = Save the correction
organizer-give-place = Give a place now
organizer-give-place-hint = This person is confirmed in person at once, ahead of the waitlist order. If all { $limit } places are taken or offered, the in-person capacity goes up by one. The person gets an email.
organizer-give-place-submit = Give the place
organizer-cancel = Cancel on the person's behalf
organizer-cancel-hint = The registration is cancelled and its place goes to the waitlist. The person gets an email.
organizer-cancel-submit = Cancel the registration
organizer-history = History
organizer-history-empty = No staff member has changed this registration.
field-reason = Reason for the change
field-cancel-reason = Reason for cancelling
field-place-reason = Reason for giving the place
hint-reason = Kept in the audit log with your name, for example "asked by email on 3 May".
error-not-waiting = Only someone waiting for an in-person place can be given one.
answer-yes = Yes
answer-no = No

audit-title = Audit log
audit-when = When
audit-who = Staff member
audit-action = Action
audit-subject = Record
audit-reason = Reason
audit-changes = Changes
audit-empty = No staff action matches.
audit-older = Older entries
audit-registration-update = Registration corrected
audit-registration-cancel = Registration cancelled
audit-registration-give-place = Place given by hand
audit-event-capacity = In-person capacity changed

dashboard-title = Event dashboard
dashboard-sections = Sections of the console
dashboard-live = Figures update by themselves.
dashboard-reconnecting = Connection lost: reconnecting…
dashboard-stopped = Updates stopped. Sign in again and reload the page.
dashboard-taken-of = { $taken } of { $limit } places taken
dashboard-taken-unlimited = { $taken } signed up (no limit)
dashboard-submissions-waiting = Library submissions waiting
dashboard-activities = Breakouts and site visits
dashboard-activity = Session or visit
dashboard-places = Places
dashboard-session = (session)
dashboard-visit = (site visit)
dashboard-charts = Who registered
dashboard-per-day = Registrations per day
dashboard-per-day-description = { $in_person } in person and { $online } online, over { $days ->
    [one] one day
   *[other] { $days } days
}.
dashboard-show-figures = Show the figures
dashboard-day = Day
dashboard-by-country = Participants by country
dashboard-by-organisation-type = Participants by type of organisation
dashboard-other-countries = Other countries

check-in-title = Check-in
check-in-heading = Check-in: { $event }
check-in-progress = { $checked } of { $expected } people checked in
check-in-scan = Scan a QR code
check-in-scan-hint = Point the camera at the QR code in the participant's email or on their phone. Phones whose browser cannot read codes can open the code with the camera app.
check-in-camera = Start the camera
check-in-no-camera = The camera could not be started. Search the person by name below.
check-in-code = Check-in code
check-in-submit = Check in
check-in-people = People expected in person
check-in-search = Name or organisation
check-in-at = Checked in at { $time }
check-in-done = { $name } is checked in (at { $time }).
check-in-already = { $name } was already checked in at { $time }.
check-in-waiting = { $name } has a confirmed place and is not checked in yet.
check-in-not-expected = { $name } has no confirmed in-person place. Send them to the registration desk.
check-in-queued = No connection: the check-in of { $name } is kept on this phone and sent when the connection is back.
check-in-waiting-to-send = Waiting to be sent: { $count }
check-in-back = Back to the check-in list
check-in-pass = Show this code at the entrance: staff scan it to check you in.
error-check-in-unknown = This code belongs to no registration. Search the person by name.
audit-registration-check-in = Checked in
badges-title = Name badges
badges-hint = { $count ->
    [one] One badge, on a page of A6. Print this page from the browser.
   *[other] { $count } badges, one per page of A6. Print this page from the browser.
}
dashboard-check-in = Check-in
dashboard-badges = Name badges

announcements-title = Announcements
announcements-heading = Announcements: { $event }
announcements-new = Write an announcement
announcements-other-languages = Versions in other languages (optional: people whose language has none get the first version)
announcements-preview = Preview
announcements-send = Send now to { $count ->
    [one] one person
   *[other] { $count } people
}
announcements-recipients = { $count ->
    [one] One recipient
   *[other] { $count } recipients
}
announcements-sent = The announcement is queued. Its progress is shown below.
announcements-progress = Sent announcements
announcements-none = No announcement yet.
announcements-counts = { $sent } of { $recipients } sent, { $queued } waiting
announcements-failing = { $count ->
    [one] One email failing
   *[other] { $count } emails failing
}
announcement-manage-link = Your registration
announcement-sample-name = [name]
field-segment = Send to
field-announcement-subject = Subject
field-announcement-body = Message
segment-all = Everyone registered
segment-in-person = Everyone with a confirmed in-person place
segment-online = Everyone taking part online
segment-waitlisted = Everyone on the waitlist
segment-activity = The people of: { $title }
error-segment-invalid = Choose who the announcement goes to from the list.
error-no-recipients = Nobody is in this group yet: nothing was sent.
audit-announcement-send = Announcement sent

accounts-title = Staff accounts
accounts-add = Add a staff account
accounts-add-submit = Add the account
accounts-save = Save
accounts-role-of = Role of { $name }
field-role = Role
hint-staff-password = At least 12 characters. Give it to the person yourself; they sign in with it.
role-admin = Admin
role-organizer = Organizer
role-moderator = Library moderator
role-check-in = Check-in
role-disabled = Turned off (cannot sign in)
error-role-invalid = Choose a role from the list.
error-staff-email-taken = A staff account with this email address exists already.
error-own-account = You cannot change or turn off your own account; ask another admin.
audit-staff-create = Staff account added
audit-staff-role = Staff role changed
audit-staff-disable = Staff account turned off

event-settings-title = Event settings and registration
event-settings-save = Save the settings
organizer-saved-settings = Saved.
event-new-title = New event
event-new-submit = Make the event
field-slug = Address (letters, digits and hyphens, e.g. ikp-2026)
field-capacity = In-person places
field-theme = Theme
field-venue = Venue
field-starts-on = First day
field-ends-on = Last day
field-timezone = Time zone (e.g. Europe/Amsterdam)
field-registration-open = Registration is open
field-opens-at = Registration opens (local time)
field-closes-at = Registration closes (local time)
hint-event-summary = A few sentences for the event page.
error-date-invalid = Enter a date, for example 2026-05-14.
error-time-invalid = Enter a date and time, for example 2026-02-01T09:00.
error-closes-before-opens = Registration must close after it opens.
error-timezone-invalid = Enter a time zone from the tz database, for example Europe/Amsterdam.
error-slug-invalid = Use 3 to 60 lowercase letters, digits and hyphens.
error-slug-taken = Another event has this address already.
audit-event-create = Event made
audit-event-update = Event settings changed
check-in-other-event = { $name } is registered for another event, not this one. Send them to the registration desk.

## Audit log: programme and themes
audit-activity-create = Session or visit added
audit-activity-update = Session or visit changed
audit-activity-cancel = Session or visit cancelled
audit-room-create = Room added
audit-room-update = Room renamed
audit-room-remove = Room removed
audit-speaker-create = Speaker added
audit-speaker-update = Speaker corrected
audit-speaker-remove = Speaker removed
audit-theme-create = Library theme added
audit-theme-rename = Library theme renamed
audit-theme-retire = Library theme retired
audit-theme-restore = Library theme brought back

## Audit log: changes not made by staff
audit-by-participant = The participant
audit-by-platform = The platform (scheduled)
audit-registration-erase = Personal data erased by the participant

## Retention of personal data
field-retention-days = Keep personal data for this many days after the event
error-retention-days = Enter a whole number of days from 0 to 3650, for example 90.
retention-title = Personal data of participants
retention-needs = Accessibility and dietary needs are removed from { $date }. { $count ->
    [0] No registration holds them now.
    [one] One registration holds them now.
   *[other] { $count } registrations hold them now.
}
retention-everything = All personal data is anonymised from { $date }; counts by country and day stay. { $count ->
    [0] No registration holds personal data now.
    [one] One registration still holds personal data.
   *[other] { $count } registrations still hold personal data.
}
audit-event-needs-removed = Accessibility and dietary needs removed (retention)
audit-event-anonymised = Personal data anonymised (retention)
