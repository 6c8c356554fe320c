# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = ثبت‌نام‌ها
organizer-registrations-of = ثبت‌نام‌ها: { $event }
organizer-back-to-dashboard = بازگشت به نمای کلی رویداد
organizer-back-to-list = بازگشت به ثبت‌نام‌ها
organizer-search = نام، ایمیل یا سازمان
organizer-search-button = جست‌وجو
organizer-sort = ترتیب
organizer-sort-newest = جدیدترین‌ها اول
organizer-sort-oldest = قدیمی‌ترین‌ها اول
organizer-sort-name = نام
organizer-sort-country = کشور
organizer-sort-waitlist = ترتیب فهرست انتظار
organizer-registrations-found = { $count ->
    [one] { $count } ثبت‌نام
   *[other] { $count } ثبت‌نام
}
organizer-export = دانلود این ثبت‌نام‌ها:
organizer-saved = ذخیره شد. این تغییر در تاریخچهٔ زیر آمده است.
organizer-waitlist-position = نفر شمارهٔ { $position } در فهرست انتظار
organizer-correct = اصلاح اطلاعات
organizer-save = ذخیرهٔ اصلاحات
organizer-give-place = دادن جا همین حالا
organizer-give-place-hint = جای حضوری این فرد فوراً و بدون رعایت ترتیب فهرست انتظار تأیید می‌شود. اگر هر { $limit } جا داده یا پیشنهاد شده باشد، ظرفیت حضوری یک نفر افزایش می‌یابد. این فرد ایمیلی دریافت می‌کند.
organizer-give-place-submit = دادن جا
organizer-cancel = لغو از طرف این فرد
organizer-cancel-hint = ثبت‌نام لغو می‌شود و جای آن به فهرست انتظار می‌رسد. این فرد ایمیلی دریافت می‌کند.
organizer-cancel-submit = لغو ثبت‌نام
organizer-history = تاریخچه
organizer-history-empty = هیچ یک از کارکنان این ثبت‌نام را تغییر نداده است.
field-reason = دلیل تغییر
field-cancel-reason = دلیل لغو
field-place-reason = دلیل دادن جا
hint-reason = همراه با نام شما در دفتر ثبت اقدامات نگه داشته می‌شود، برای مثال «درخواست از طریق ایمیل در 3 مه».
error-not-waiting = فقط به کسی می‌توان جای حضوری داد که منتظر آن است.
answer-yes = بله
answer-no = خیر

audit-title = دفتر ثبت اقدامات
audit-when = زمان
audit-who = کارمند
audit-action = اقدام
audit-subject = مورد
audit-reason = دلیل
audit-changes = تغییرات
audit-empty = هیچ اقدامی از سوی کارکنان مطابقت ندارد.
audit-older = موارد قدیمی‌تر
audit-registration-update = ثبت‌نام اصلاح شد
audit-registration-cancel = ثبت‌نام لغو شد
audit-registration-give-place = جا به‌صورت دستی داده شد
audit-event-capacity = ظرفیت حضوری تغییر کرد

dashboard-title = داشبورد رویداد
dashboard-sections = بخش‌های پنل
dashboard-live = ارقام خودبه‌خود به‌روز می‌شوند.
dashboard-reconnecting = اتصال قطع شد: در حال اتصال دوباره…
dashboard-stopped = به‌روزرسانی متوقف شد. دوباره وارد شوید و صفحه را دوباره بارگذاری کنید.
dashboard-taken-of = { $taken } جا از { $limit } جا پر شده است
dashboard-taken-unlimited = { $taken } نفر ثبت‌نام کرده‌اند (بدون محدودیت)
dashboard-submissions-waiting = ارسال‌های کتابخانه در انتظار بررسی
dashboard-activities = نشست‌های گروهی و بازدیدهای میدانی
dashboard-activity = نشست یا بازدید
dashboard-places = جاها
dashboard-session = (نشست)
dashboard-visit = (بازدید میدانی)
dashboard-charts = چه کسانی ثبت‌نام کرده‌اند
dashboard-per-day = ثبت‌نام‌ها در هر روز
dashboard-per-day-description = { $in_person } حضوری و { $online } آنلاین، در طول { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}.
dashboard-show-figures = نمایش ارقام
dashboard-day = روز
dashboard-by-country = شرکت‌کنندگان بر اساس کشور
dashboard-by-organisation-type = شرکت‌کنندگان بر اساس نوع سازمان
dashboard-other-countries = کشورهای دیگر

check-in-title = ثبت ورود
check-in-heading = ثبت ورود: { $event }
check-in-progress = ورود { $checked } نفر از { $expected } نفر ثبت شده است
check-in-scan = اسکن کد QR
check-in-scan-hint = دوربین را به سمت کد QR در ایمیل شرکت‌کننده یا روی گوشی او بگیرید. در گوشی‌هایی که مرورگرشان نمی‌تواند کد را بخواند، می‌توان کد را با برنامهٔ دوربین باز کرد.
check-in-camera = روشن کردن دوربین
check-in-no-camera = دوربین روشن نشد. فرد را با نامش در پایین جست‌وجو کنید.
check-in-code = کد ورود
check-in-submit = ثبت ورود
check-in-people = افرادی که حضوری می‌آیند
check-in-search = نام یا سازمان
check-in-at = ورود در ساعت { $time } ثبت شد
check-in-done = ورود { $name } ثبت شد (ساعت { $time }).
check-in-already = ورود { $name } قبلاً در ساعت { $time } ثبت شده بود.
check-in-waiting = { $name } جای تأییدشده دارد و هنوز ورودش ثبت نشده است.
check-in-not-expected = { $name } جای حضوری تأییدشده ندارد. لطفاً او را به میز ثبت‌نام راهنمایی کنید.
check-in-queued = اتصال برقرار نیست: ثبت ورود { $name } روی این گوشی نگه داشته می‌شود و پس از برقراری دوبارهٔ اتصال فرستاده می‌شود.
check-in-waiting-to-send = در انتظار ارسال: { $count }
check-in-back = بازگشت به فهرست ثبت ورود
check-in-pass = این کد را در ورودی نشان دهید: کارکنان آن را اسکن می‌کنند تا ورود شما را ثبت کنند.
error-check-in-unknown = این کد به هیچ ثبت‌نامی تعلق ندارد. فرد را با نامش جست‌وجو کنید.
audit-registration-check-in = ورود ثبت شد
badges-title = کارت‌های نام
badges-hint = { $count } کارت نام، هر کارت در یک صفحهٔ A6. این صفحه را از مرورگر چاپ کنید.
dashboard-check-in = ثبت ورود
dashboard-badges = کارت‌های نام

announcements-title = اطلاعیه‌ها
announcements-heading = اطلاعیه‌ها: { $event }
announcements-new = نوشتن اطلاعیه
announcements-other-languages = نسخه‌ها به زبان‌های دیگر (اختیاری: کسانی که برای زبانشان نسخه‌ای وجود ندارد، نسخهٔ اول را دریافت می‌کنند)
announcements-preview = پیش‌نمایش
announcements-send = ارسال همین حالا به { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
}
announcements-recipients = { $count ->
    [one] { $count } گیرنده
   *[other] { $count } گیرنده
}
announcements-sent = اطلاعیه در صف ارسال قرار گرفت. روند ارسال آن در پایین نمایش داده می‌شود.
announcements-progress = اطلاعیه‌های ارسال‌شده
announcements-none = هنوز اطلاعیه‌ای وجود ندارد.
announcements-counts = { $sent } از { $recipients } ارسال شده، { $queued } در انتظار
announcements-failing = { $count ->
    [one] ارسال { $count } ایمیل ناموفق است
   *[other] ارسال { $count } ایمیل ناموفق است
}
announcement-manage-link = ثبت‌نام شما
announcement-sample-name = [نام]
field-segment = ارسال به
field-announcement-subject = موضوع
field-announcement-body = پیام
segment-all = همهٔ ثبت‌نام‌کنندگان
segment-in-person = همهٔ کسانی که جای حضوری تأییدشده دارند
segment-online = همهٔ کسانی که آنلاین شرکت می‌کنند
segment-waitlisted = همهٔ کسانی که در فهرست انتظار هستند
segment-activity = شرکت‌کنندگان در: { $title }
error-segment-invalid = گیرندگان اطلاعیه را از فهرست انتخاب کنید.
error-no-recipients = هنوز هیچ کس در این گروه نیست: چیزی ارسال نشد.
audit-announcement-send = اطلاعیه ارسال شد

accounts-title = حساب‌های کارکنان
accounts-add = افزودن حساب کارمند
accounts-add-submit = افزودن حساب
accounts-save = ذخیره
accounts-role-of = نقش { $name }
field-role = نقش
hint-staff-password = دست‌کم 12 نویسه. آن را خودتان به این فرد بدهید؛ او با آن وارد می‌شود.
role-admin = مدیر سیستم
role-organizer = برگزارکننده
role-moderator = ناظر کتابخانه
role-check-in = ثبت ورود
role-disabled = غیرفعال (امکان ورود ندارد)
error-role-invalid = یک نقش را از فهرست انتخاب کنید.
error-staff-email-taken = یک حساب کارمند با این نشانی ایمیل از قبل وجود دارد.
error-own-account = نمی‌توانید حساب خودتان را تغییر دهید یا غیرفعال کنید؛ از مدیر سیستم دیگری بخواهید.
audit-staff-create = حساب کارمند افزوده شد
audit-staff-role = نقش کارمند تغییر کرد
audit-staff-disable = حساب کارمند غیرفعال شد

event-settings-title = تنظیمات رویداد و ثبت‌نام
event-settings-save = ذخیرهٔ تنظیمات
organizer-saved-settings = ذخیره شد.
event-new-title = رویداد جدید
event-new-submit = ساختن رویداد
field-slug = نشانی (حروف لاتین، ارقام و خط تیره؛ مثلاً ikp-2026)
field-capacity = جاهای حضوری
field-theme = موضوع
field-venue = محل برگزاری
field-starts-on = روز اول
field-ends-on = روز آخر
field-timezone = منطقهٔ زمانی (مثلاً Europe/Amsterdam)
field-registration-open = ثبت‌نام باز است
field-opens-at = شروع ثبت‌نام (به وقت محلی)
field-closes-at = پایان ثبت‌نام (به وقت محلی)
hint-event-summary = چند جمله برای صفحهٔ رویداد.
error-date-invalid = یک تاریخ وارد کنید، برای مثال 2026-05-14.
error-time-invalid = یک تاریخ و ساعت وارد کنید، برای مثال 2026-02-01T09:00.
error-closes-before-opens = زمان پایان ثبت‌نام باید پس از زمان شروع آن باشد.
error-timezone-invalid = یک منطقهٔ زمانی از پایگاه دادهٔ tz وارد کنید، برای مثال Europe/Amsterdam.
error-slug-invalid = از 3 تا 60 حرف کوچک لاتین، رقم و خط تیره استفاده کنید.
error-slug-taken = رویداد دیگری از قبل این نشانی را دارد.
audit-event-create = رویداد ساخته شد
audit-event-update = تنظیمات رویداد تغییر کرد
check-in-other-event = { $name } برای رویداد دیگری ثبت‌نام کرده است، نه این رویداد. لطفاً او را به میز ثبت‌نام راهنمایی کنید.

## Audit log: programme and themes
audit-activity-create = نشست یا بازدید افزوده شد
audit-activity-update = نشست یا بازدید تغییر کرد
audit-activity-cancel = نشست یا بازدید لغو شد
audit-room-create = سالن افزوده شد
audit-room-update = نام سالن تغییر کرد
audit-room-remove = سالن حذف شد
audit-speaker-create = سخنران افزوده شد
audit-speaker-update = اطلاعات سخنران اصلاح شد
audit-speaker-remove = سخنران حذف شد
audit-theme-create = موضوع کتابخانه افزوده شد
audit-theme-rename = نام موضوع کتابخانه تغییر کرد
audit-theme-retire = موضوع کتابخانه غیرفعال شد
audit-theme-restore = موضوع کتابخانه دوباره فعال شد

## Audit log: changes not made by staff
audit-by-participant = شرکت‌کننده
audit-by-platform = پلتفرم (زمان‌بندی‌شده)
audit-registration-erase = اطلاعات شخصی توسط شرکت‌کننده پاک شد

## Retention of personal data
field-retention-days = مدت نگهداری اطلاعات شخصی پس از رویداد (به روز)
error-retention-days = تعداد روزها را به‌صورت عدد صحیح از 0 تا 3650 وارد کنید، برای مثال 90.
retention-title = اطلاعات شخصی شرکت‌کنندگان
retention-needs = نیازهای دسترس‌پذیری و غذایی از { $date } حذف می‌شوند. { $count ->
    [0] اکنون هیچ ثبت‌نامی این اطلاعات را ندارد.
    [one] اکنون یک ثبت‌نام این اطلاعات را دارد.
   *[other] اکنون { $count } ثبت‌نام این اطلاعات را دارند.
}
retention-everything = همهٔ اطلاعات شخصی از { $date } بی‌نام می‌شود؛ آمار بر اساس کشور و روز باقی می‌ماند. { $count ->
    [0] اکنون هیچ ثبت‌نامی اطلاعات شخصی ندارد.
    [one] یک ثبت‌نام هنوز اطلاعات شخصی دارد.
   *[other] { $count } ثبت‌نام هنوز اطلاعات شخصی دارند.
}
audit-event-needs-removed = نیازهای دسترس‌پذیری و غذایی حذف شد (مدت نگهداری)
audit-event-anonymised = اطلاعات شخصی بی‌نام شد (مدت نگهداری)
