## Site frame
site-name = International Knowledge Platform
site-description = Events and best practices in asylum reception, by COA's International Knowledge Platform.
skip-to-content = Skip to content
language-choice = Language
footer-organiser = COA International Knowledge Platform · Central Agency for the Reception of Asylum Seekers
footer-staff = Staff sign-in
not-found-title = Page not found
not-found-body = There is no page at this address. The link may be old or mistyped.
back-home = Go to the home page
loading = Loading…
optional = (optional)

## Dates
date = { $day } { $month } { $year }
date-range-same-month = { $start }–{ $end } { $month } { $year }
date-range = { $start } – { $end }
date-time = { $date }, { $time } ({ $zone })
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Events
home-title = Events
home-intro = International exchange on the reception and guidance of asylum seekers.
home-no-events = There are no events yet.
fact-event = Event
fact-dates = Dates
fact-venue = Place
fact-timezone = Times are in
fact-attendance = Taking part
register-action = Register
registration-closed = Registration is closed.
event-objectives = Objectives
event-target-groups = Who it is for
places-left = { $left } of { $limit } in-person { $left ->
    [one] place
   *[other] places
} left
in-person-full = All { $limit } in-person places are taken: join the waitlist or attend online
online-unlimited = online attendance unlimited

## Registration form
register-title = Register
register-full-notice = All in-person places are taken. You can register to attend online, or join the waitlist for an in-person place: we will email you if one frees up, and you can attend online meanwhile.
register-all-required = All fields are required unless marked optional.
register-submit = Register
register-again = Register again
field-name = Full name
field-email = Email address
field-organisation = Organisation
field-function = Job or role
field-organisation-type = Type of organisation
organisation-type-unsaid = Not said
organisation-type-reception-agency = Reception agency
organisation-type-ministry = Ministry or national authority
organisation-type-municipality = Municipality or region
organisation-type-ngo = Non-governmental organisation
organisation-type-international = International organisation
organisation-type-research = Research or education
organisation-type-other = Other
error-organisation-type-invalid = Choose a type of organisation from the list, or leave it empty.
field-country = Country
field-attendance = How will you take part?
field-language = Language for emails
field-accessibility-needs = Accessibility needs
field-dietary-needs = Dietary needs
field-list-consent = Show my name, organisation and country in the participant list
field-privacy-consent = I have read how my data is used and I agree
field-password = Password
choose-country = Choose a country
attendance-in-person = In person
attendance-in-person-waitlist = In person: join the waitlist (attend online meanwhile)
attendance-online = Online
hint-language = We write to you in this language.
hint-accessibility-needs = For example step-free access, sign language interpretation or large print.
hint-dietary-needs = Only for in-person participants.
privacy-title = Your data
privacy-summary = COA keeps your registration to organise this event: to confirm your place, send you practical information and, at the venue, check you in. Only the organisers see it. Accessibility and dietary needs are deleted 30 days after the event; your other details { $days } days after it. You can see, change, download or erase your data at any time through the link in your confirmation email.

## Errors
error-summary-title = There is a problem
error-prefix = Error:
error-invalid = Some fields need your attention.
error-duplicate = This already exists.
error-not-found = We could not find this. The link may be old or mistyped.
error-unauthorized = Please sign in to see this page.
error-forbidden = Your account may not see this page.
error-rate-limited = Too many attempts from your connection. Please wait a minute and try again.
error-internal = Something went wrong on our side. Nothing was saved. Please try again in a moment.
error-bad-request = This request was not understood: something in it is missing or malformed. Reload the page and try again.
error-request-too-large = This is more than the form can take. Please shorten it and send it again.
error-cross-site = This form was sent from another website and was refused. Open the page on this site and send it from there.
error-connection = We could not reach the server. Check your connection and try again.
error-capacity-too-low = The capacity cannot be lower than the { $taken } places already given or offered.
error-capacity-number = Enter the capacity as a whole number, for example 150.
error-required = Fill this in.
error-too-long = This is too long. Please shorten it.
error-email-invalid = Enter an email address like name@example.org.
error-country-invalid = Choose a country from the list.
error-attendance-invalid = Choose in person or online.
error-language-invalid = Choose a language from the list.
error-consent-required = Tick the box to agree, or we cannot register you.
error-control-characters = This contains characters that are not allowed.
error-email-taken = This email address is already registered for this event. Use the link in your confirmation email to change your registration.
error-registration-closed = Registration for this event is closed.
error-registration-cancelled = This registration is cancelled and can no longer be changed.
error-no-offer = There is no open offer for this registration.
error-offer-expired = This offer has expired. The place has gone to the next person on the waitlist.
error-confirm-cancel = Tick the box to confirm that you want to cancel.
error-sign-in = The email address or password is wrong. After five wrong passwords in a row, an account is locked for 15 minutes.
error-password-too-short = The password must be at least 12 characters long.

## Manage page
manage-title = Your registration
manage-welcome = Thank you for registering. We have sent you an email with the link to this page: keep it to change or cancel your registration.
manage-saved = Your changes are saved.
manage-change-title = Change your details
manage-change-hint = You can switch between in person and online here. Leaving an in-person place gives it to the next person on the waitlist.
manage-save = Save changes
manage-cancel-title = Cancel your registration
manage-cancel-hint = If you cannot come, please cancel, so that your place can go to someone on the waitlist.
manage-cancel-confirm = Yes, I want to cancel my registration
manage-cancel-submit = Cancel registration
status-confirmed-in-person = Your in-person place is confirmed.
status-confirmed-online = You are registered to attend online.
status-waitlisted = You are number { $position } on the waitlist for an in-person place. Meanwhile you are welcome to attend online.
status-offered = An in-person place is held for you until { $deadline }. Do you want it?
status-cancelled = This registration is cancelled.
offer-accept = Yes, I take the place
offer-decline = No, I stay online

## Staff
staff-sign-in = Staff sign-in
staff-sign-out = Sign out
staff-title = Organiser console
staff-signed-in-as = Signed in as { $name }
staff-registrations = Registrations
staff-registrations-count = { $count ->
    [one] { $count } registration
   *[other] { $count } registrations
}
staff-capacity = In-person capacity
staff-confirmed = Confirmed
staff-offered = Offered
staff-waitlisted = Waitlisted
staff-left = Left
staff-online = Online
staff-capacity-label = New in-person capacity
staff-capacity-save = Change capacity
staff-status = Status
staff-registered-on = Registered on
staff-status-confirmed = Confirmed
staff-status-waitlisted = Waitlisted
staff-status-offered = Offered a place
staff-status-cancelled = Cancelled

## Emails
email-greeting = Dear { $name },
email-signature = COA International Knowledge Platform
email-manage-intro = With the button below you can see, change or cancel your registration. The link is personal: please do not share it.
email-manage-action = Manage my registration
email-calendar-attached = The event is attached as a calendar file.
email-check-in-code = At the entrance, show the QR code below (it is also on your registration page): staff scan it to check you in.
email-check-in-alt = Your check-in code
email-confirmed-subject = Your registration for { $event }
email-confirmed-in-person = Your in-person place at { $event } is confirmed. We look forward to welcoming you in { $venue }.
email-confirmed-online = You are registered to attend { $event } online. You can watch the sessions live on your registration page.
email-waitlisted-subject = You are on the waitlist for { $event }
email-waitlisted-body = All in-person places are taken. You are number { $position } on the waitlist. When a place frees up, we will email you an offer, valid for { $hours ->
    [one] one hour
   *[other] { $hours } hours
}.
email-waitlisted-online = Meanwhile you are welcome to attend online.
email-offer-subject = A place for you at { $event }
email-offer-body = An in-person place has become free. It is yours if you accept it before { $deadline }.
email-offer-after = If you do not answer in time, the place goes to the next person on the waitlist and you stay registered to attend online.
email-offer-action = Accept or decline the place
email-offer-expired-subject = Your offer for { $event } has expired
email-offer-expired-body = You did not accept the in-person place in time, so it has gone to the next person on the waitlist. You stay registered to attend online.
email-cancelled-subject = Your registration for { $event } is cancelled
email-cancelled-body = Your registration is cancelled, as you asked. You are welcome to register again while registration is open.

## Programme: sign-ups and their refusals
refusal-no-sign-up = Plenary sessions are open to everyone; there is no need to sign up.
refusal-visits-in-person-only = Site visits are for participants who attend in person. You are registered to attend online (or are still waiting for an in-person place), so you cannot book a visit.
refusal-in-person-only = This session takes place in the room only. Online participants can choose online and hybrid sessions.
refusal-online-only = This session takes place online only. In-person participants can choose in-person and hybrid sessions.
refusal-clash = This overlaps with “{ $title }”, which you already chose. Cancel that one first if you prefer this one.
choice-clash = The organizers moved a session: this now overlaps with “{ $title }”, which you also chose. Please leave one of the two.
refusal-one-visit = You can book one site visit, and you already booked “{ $title }”.
error-already-chosen = You already chose this.
error-activity-cancelled = This part of the programme has been cancelled.
email-activity-offer-subject = A place for you in “{ $title }”
email-activity-offer-body = A place in “{ $title }” has become free. It is yours if you accept it before { $deadline }.
email-activity-offer-after = If you do not answer in time, the place goes to the next person on the waitlist.
email-activity-offer-expired-subject = Your offer for “{ $title }” has expired
email-activity-offer-expired-body = You did not accept the place in “{ $title }” in time, so it has gone to the next person on the waitlist.

## Programme page
programme-title = Programme
programme-link = See the programme
programme-times-in-zone = All times are in the event's time zone ({ $zone }).
programme-calendar-download = Add the whole programme to your calendar (.ics)
programme-nothing-matches = Nothing on this day matches your choice.
programme-visits = Site visits
programme-speakers = Speakers
programme-filter = Filter the programme
programme-filter-day = Day
programme-filter-mode = How to take part
programme-filter-theme = Theme
programme-filter-all = All
programme-filter-apply = Show
theme-self-reliance = Digital self-reliance of residents
theme-guidance = Personal guidance with digital tools
theme-intake = Digital intake
theme-employees = Digital skills of employees
theme-risks = Risks: exclusion, privacy, AI
mode-in_person = In person
mode-online = Online
mode-hybrid = Hybrid (in person and online)
kind-plenary = Plenary
kind-breakout = Breakout
kind-workshop = Workshop
kind-visit = Site visit
badge-streamed = Streamed live
badge-cancelled = Cancelled
places-left-of = { $left } of { $capacity } places left
places-full-waiting = Full · { $waiting ->
    [0] waitlist open
    [one] 1 person waiting
   *[other] { $waiting } people waiting
}
places-unlimited = No limit on places
places-plenary = For everyone, no sign-up needed
visit-meeting-point = Meeting point
visit-transport = Transport
visit-bring = What to bring

## Programme on the manage page
choices-title = Your programme
choices-hint = Choose one breakout or workshop per time slot and, if you come in person, one site visit. You can change your choices until the event.
choice-book = Choose this
choice-join-waitlist = Join the waitlist
choice-leave = Give up my place
choice-leave-waitlist = Leave the waitlist
choice-confirmed = You have a place.
choice-waitlisted = You are on the waitlist, number { $position }.
choice-offered = A place is held for you until { $deadline }.
agenda-title = Your agenda in your calendar
agenda-download = Download your agenda (.ics)
agenda-subscribe-hint = Or subscribe: your calendar app then follows every change. Anyone with the address can see your agenda; making a new address stops the old one.
agenda-subscribe = Make a subscription address
agenda-subscribe-done = Copy this address into your calendar app (for example "Add calendar from URL"):
email-activity-changed-subject = “{ $title }” has changed
email-activity-changed-body = The organizers changed “{ $title }”, which you signed up for. It now starts on { $when }. Your place, or your place on the waitlist, stays yours.
email-activity-cancelled-subject = “{ $title }” is cancelled
email-activity-cancelled-body = We are sorry: “{ $title }”, which you signed up for, has been cancelled. You can choose another part of the programme on your registration page.
email-activity-released-subject = Your sign-up for “{ $title }” has ended
email-activity-released-body = The organizers changed “{ $title }”, and it is no longer open to you: { $reason } Your sign-up has ended. You can choose another part of the programme on your registration page.
error-choose-from-list = Choose one of the options.
error-day-outside-event = Choose one of the event's days.
error-time = Enter a time like 09:30.
error-ends-before-start = The end must be after the start.

## Organizers: programme
staff-programme = Programme: sessions and site visits
staff-activity-new = Add a session or site visit
staff-activity-kind = Type
staff-activity-title = Title
staff-activity-summary = Short description
staff-activity-room = Room
staff-activity-starts = Starts (HH:MM)
staff-activity-ends = Ends (HH:MM)
staff-activity-capacity = In-person places
staff-activity-capacity-hint = Leave empty for no limit. Raising it offers the new places to the waitlist; it cannot go below the places already given.
staff-activity-save = Save
staff-activity-cancel = Cancel this session
staff-activity-cancel-hint = Everyone signed up gets an email and loses their place.
staff-sign-ups = Signed up
staff-sign-ups-csv = Download the sign-up list (CSV)
staff-manifest-csv = Download the visit manifest for the gate (CSV)
staff-rooms = Rooms
staff-room-name = Room name
staff-room-add = Add room
staff-speakers = Speakers
staff-speaker-add = Add speaker
staff-save-changes = Save changes
staff-remove = Remove
staff-activity-speakers = Speakers
error-room-in-use = Sessions still take place in this room. Give them another room first, then remove it.
activity-sign-up-hint = Registered? Choose sessions and book a site visit through the link in your confirmation email.

## Library
email-library-received-subject = We received your practice “{ $title }”
email-library-received-body = Thank you for sharing “{ $title }” with the library. A moderator will review it; we will email you when it is published or if changes are needed.
email-library-changes-subject = Changes asked for “{ $title }”
email-library-changes-body = A moderator read “{ $title }” and asks you for a few changes before it is published:
email-library-published-subject = “{ $title }” is published
email-library-published-body = “{ $title }” is now in the public library. Thank you for sharing what your organisation learned.
email-library-rejected-subject = “{ $title }” will not be published
email-library-rejected-body = A moderator read “{ $title }” and decided not to publish it, for this reason:
email-library-follow = Through the link below you can follow your practice and, while it is under review, change it.
email-library-action = Follow your practice
error-file-too-large = The file is larger than 3 MB. Make it smaller (for example save the PDF for the web) or leave it out.
error-file-type = This file type is not accepted. Send a PDF, DOCX, PPTX, ODT, ODP, PNG or JPEG file that opens normally.
error-file-empty = The file is empty.
error-theme-required = Choose at least one theme.
error-practice-closed = This practice can no longer be changed through this link.
error-practice-step = That step is not possible for this practice now. Reload the page to see where it stands.
error-note-required = Write a note for the submitter: what to change, or why.

## Best-practice library
nav-library = Best-practice library
library-title = Best-practice library
library-lead = What reception organisations across Europe have learned, shared for everyone to use.
library-open-data = Open data:
library-search = Search
library-search-button = Search
filter-all = All
library-sort = Order
library-sort-relevance = Best match first
library-sort-newest = Newest first
library-results = { $count ->
    [0] No practices found. Try fewer words or another filter.
    [one] One practice
   *[other] { $count } practices
}
pager-pages = Pages
pager-previous = Previous page
pager-next = Next page
pager-page-of = Page { $page } of { $pages }
library-demo = Demo entry
library-demo-notice = This is a demo entry, made up to show how the library works.
library-related = Related practices
library-back = Back to the library
library-published = Published
library-download = Download
library-file-size = { $kilobytes } KB
library-contact = Contact
library-theme-digital_self_reliance = Digital self-reliance
library-theme-labour_participation = Labour participation
library-theme-sustainability = Sustainability
library-theme-unaccompanied_minors = Unaccompanied minors
library-theme-health_wellbeing = Health and well-being
library-theme-safety = Safety
library-theme-housing_placement = Housing and placement
library-theme-participation_codesign = Participation and co-design
library-theme-data_privacy = Data and privacy
library-submit-title = Submit a best practice
library-submit-lead = Share what your organisation learned. A moderator reads every submission before it is published; you can follow and change yours through the link we email you.
library-submit-button = Send for review
library-form-required = Fields without “optional” are required.
library-no-event = No event
library-current-file = Current file: { $name }. It stays unless you choose another.
field-title = Title
field-summary = Short summary
field-description = Description
field-themes = Themes
field-event = Related event
field-contact-name = Your name
field-contact-email = Your email address
field-contact-public = Publish my name and email address with the practice
field-licence = Licence
field-file = File
hint-summary = Two or three sentences: what it is and what it achieved.
hint-description = What you did, for whom, what worked and what did not. You can use Markdown: **bold**, lists with -, links as [text](https://…).
hint-contact = We use these to tell you about your submission. They are not published unless you tick the box.
hint-licence = Under which terms others may reuse what you share.
hint-file = One PDF, DOCX, PPTX, ODT, ODP, PNG or JPEG file, 3 MB at most.
licence-cc-by-4-0 = others may reuse it when they name you
licence-cc-by-sa-4-0 = as CC BY, and adaptations are shared alike
licence-cc-by-nc-4-0 = as CC BY, not for commercial use
licence-cc0-1-0 = no conditions, public domain
library-follow-title = Your practice
library-sent = Thank you! We received your practice and sent you an email with the link to this page.
library-saved = Your changes were sent. A moderator will review them.
library-status = Status:
library-see-public = See it in the public library
library-history = History
library-edit = Change your practice
library-edit-hint = Sending changes puts the practice back in the review queue. A version already published stays public until the new one is approved.
library-resubmit-button = Send changes for review
library-withdraw = Withdraw
library-withdraw-hint = Withdrawing takes the practice out of review and out of the public library.
library-withdraw-button = Withdraw my practice
library-closed = This practice can no longer be changed.
library-review-submitted = Waiting for review
library-review-changes-requested = Changes asked for
library-review-published = Published
library-review-rejected = Not published
library-review-withdrawn = Withdrawn
library-step-submit = Sent for review
library-step-withdraw = Withdrawn by the submitter
library-step-publish = Published
library-step-request-changes = Changes asked for
library-step-reject = Rejected
library-step-take-down = Taken down
library-moderation = Library moderation
library-updated = Last change
library-has-public = an earlier version is public
library-revision = version { $number }
library-submitter = Submitted by
library-preview = Preview
library-preview-notice = Preview: this is how the practice will look once published.
library-note-required = Note for the submitter (required)
library-note-optional = Note for the submitter (optional)
library-do-publish = Publish
library-do-request-changes = Ask for changes
library-do-reject = Reject
library-do-take-down = Take down
error-upload-incomplete = The upload broke off before the end. Please send the form again.
library-themes = Library themes
library-themes-hint = Submissions choose from these themes. A retired theme is no longer offered but stays on the practices that have it. The themes the platform comes with are shown translated until you rename them.
library-theme-add = Add theme
library-theme-name = Name
library-theme-rename = Rename
library-theme-retire = Retire
library-theme-restore = Offer again
library-theme-retired = retired
error-practice-changed = The submitter sent a new version while you were reviewing. Reload the page to review it.

## Your data (from the secret link)
manage-data-link = See or download your data, or erase it
data-title = Your data
data-intro = This is everything this platform keeps about you for this event. Only you (through your link) and the organizers can see it.
data-download = Download as a file (JSON)
data-back = Back to your registration
data-registration = Your registration
data-status = Status
data-list-consent = On the participants list
data-privacy-consent = Privacy notice accepted
data-registered-at = Registered
data-updated-at = Last changed
data-checked-in-at = Checked in at the venue
data-secret-links = Links sent to you by email (kept only in coded form)
data-calendar-feeds = Calendar subscriptions
data-sign-ups = Sessions and visits
data-emails = Emails to you
data-email-waiting = waiting to be sent
data-staff-changes = Changes made by the organizers
data-none = none
data-yes = yes
data-no = no
data-erase-title = Erase your data
data-erase-hint = Your registration ends, your places go to the next people waiting, no more emails are sent to you, and your name, email address, organisation, function and needs are removed for good. Only anonymous figures remain (country, date, in person or online). This cannot be undone, and this link stops working.
data-erase-confirm = Yes, erase my data
data-erase-submit = Erase my data
error-confirm-erase = Tick the box to confirm that you want your data erased.
erased-title = Your data has been erased
erased-body = Your registration has ended and your personal data has been removed. If you want to take part after all, you can register again.
erased-back = Back to the event

## Privacy notice of an event
privacy-read-notice = Read the full privacy notice (opens in a new tab)
privacy-notice-title = Privacy notice
privacy-notice-intro = This notice says, in plain words, what happens to the data you give when you register for { $event }.
privacy-who-title = Who keeps your data
privacy-who-body = The organizers of the event (COA, the Central Agency for the Reception of Asylum Seekers, for the International Knowledge Platform) keep your data on this platform. It runs on their own server: no other company receives your data, and the pages load nothing from other websites.
privacy-what-title = What we keep
privacy-what-body = Your name, email address, organisation and its type, country, function, how you attend (in person or online) and your language. If you give them: accessibility needs, dietary needs, and whether your name may appear on the participants list. Also the sessions and site visits you choose, when you were checked in at the venue, and the emails we sent you.
privacy-why-title = Why
privacy-why-body = To organise the event: to confirm your place or your place on the waitlist, to send you practical information, to check you in at the entrance, and to count participants (by country, day and type of organisation; these counts name nobody).
privacy-sees-title = Who sees it
privacy-sees-body = Only you, through the link in your email, and the organizers' staff with a role on this platform (organizers, check-in staff at the entrance, administrators). Other participants see your name, organisation and country only if you agreed to be on the participants list. Every change staff make to your registration is recorded.
privacy-how-long-title = How long
privacy-how-long-body = Accessibility and dietary needs are deleted 30 days after the event. All your other personal data is made anonymous { $days } days after the event; only the counts remain.
privacy-rights-title = Your rights
privacy-rights-body = Through the link in your confirmation email you can see, correct, download (as a file) and erase your data at any time. Erasing ends your registration and gives your place to the next person waiting.
error-registration-anonymised = This registration's personal data has been removed; it can no longer be changed.
