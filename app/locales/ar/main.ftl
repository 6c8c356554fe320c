## Site frame
# Same as in English: the platform's name.
site-name = International Knowledge Platform
site-description = فعاليات وممارسات جيدة في مجال استقبال طالبي اللجوء، تقدّمها منصة المعرفة الدولية التابعة لـ COA.
skip-to-content = الانتقال إلى المحتوى
language-choice = اللغة
footer-organiser = COA International Knowledge Platform · الوكالة المركزية لاستقبال طالبي اللجوء
footer-staff = دخول الموظفين
not-found-title = الصفحة غير موجودة
not-found-body = لا توجد صفحة على هذا العنوان. ربما يكون الرابط قديمًا أو مكتوبًا بشكل خاطئ.
back-home = الذهاب إلى الصفحة الرئيسية
loading = جارٍ التحميل…
optional = (اختياري)

## Dates
date = { $day } { $month } { $year }
date-range-same-month = من { $start } إلى { $end } { $month } { $year }
date-range = من { $start } إلى { $end }
date-time = { $date }، الساعة { $time } ({ $zone })
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Events
home-title = الفعاليات
home-intro = تبادل دولي للخبرات حول استقبال طالبي اللجوء وإرشادهم.
home-no-events = لا توجد فعاليات حتى الآن.
fact-event = الفعالية
fact-dates = التواريخ
fact-venue = المكان
fact-timezone = التوقيت حسب
fact-attendance = المشاركة
register-action = التسجيل
registration-closed = التسجيل مغلق.
event-objectives = الأهداف
event-target-groups = الفئة المستهدفة
places-left = { $left ->
    [zero] لم يبقَ أي مقعد للحضور الشخصي من أصل { $limit }
    [one] بقي مقعد واحد للحضور الشخصي من أصل { $limit }
    [two] بقي مقعدان للحضور الشخصي من أصل { $limit }
    [few] بقيت { $left } مقاعد للحضور الشخصي من أصل { $limit }
    [many] بقي { $left } مقعدًا للحضور الشخصي من أصل { $limit }
   *[other] بقي { $left } مقعد للحضور الشخصي من أصل { $limit }
}
in-person-full = حُجزت جميع مقاعد الحضور الشخصي ({ $limit }): يمكنكم الانضمام إلى قائمة الانتظار أو المشاركة عبر الإنترنت
online-unlimited = المشاركة عبر الإنترنت دون حد للعدد

## Registration form
register-title = التسجيل
register-full-notice = حُجزت جميع مقاعد الحضور الشخصي. يمكنكم التسجيل للمشاركة عبر الإنترنت، أو الانضمام إلى قائمة الانتظار للحصول على مقعد حضوري: سنراسلكم بالبريد الإلكتروني إذا أصبح أحد المقاعد متاحًا، ويمكنكم المشاركة عبر الإنترنت في هذه الأثناء.
register-all-required = جميع الحقول مطلوبة ما لم يُذكر أنها اختيارية.
register-submit = تسجيل
register-again = التسجيل مرة أخرى
field-name = الاسم الكامل
field-email = عنوان البريد الإلكتروني
field-organisation = المؤسسة
field-function = الوظيفة أو الدور
field-organisation-type = نوع المؤسسة
organisation-type-unsaid = لم يُذكر
organisation-type-reception-agency = وكالة استقبال
organisation-type-ministry = وزارة أو سلطة وطنية
organisation-type-municipality = بلدية أو إقليم
organisation-type-ngo = منظمة غير حكومية
organisation-type-international = منظمة دولية
organisation-type-research = مؤسسة بحثية أو تعليمية
organisation-type-other = أخرى
error-organisation-type-invalid = يُرجى اختيار نوع المؤسسة من القائمة، أو ترك الحقل فارغًا.
field-country = البلد
field-attendance = كيف ستشاركون؟
field-language = لغة رسائل البريد الإلكتروني
field-accessibility-needs = احتياجات سهولة الوصول
field-dietary-needs = الاحتياجات الغذائية
field-list-consent = إظهار اسمي ومؤسستي وبلدي في قائمة المشاركين
field-privacy-consent = اطّلعت على كيفية استخدام بياناتي وأوافق على ذلك
field-password = كلمة المرور
choose-country = اختيار البلد
attendance-in-person = حضوريًا
attendance-in-person-waitlist = حضوريًا: الانضمام إلى قائمة الانتظار (مع المشاركة عبر الإنترنت في هذه الأثناء)
attendance-online = عبر الإنترنت
hint-language = سنراسلكم بهذه اللغة.
hint-accessibility-needs = مثلًا: مدخل دون درجات، أو ترجمة إلى لغة الإشارة، أو مطبوعات بخط كبير.
hint-dietary-needs = للمشاركة الحضورية فقط.
privacy-title = بياناتكم
privacy-summary = تحتفظ COA بتسجيلكم لتنظيم هذه الفعالية: لتأكيد مقعدكم، وإرسال معلومات عملية إليكم، وتسجيل حضوركم في مكان الفعالية. لا يطّلع عليه إلا المنظمون. تُحذف احتياجات سهولة الوصول والاحتياجات الغذائية بعد 30 يومًا من الفعالية، وتُحذف بياناتكم الأخرى { $days ->
    [zero] فور انتهائها
    [one] بعد يوم واحد منها
    [two] بعد يومين منها
    [few] بعد { $days } أيام منها
    [many] بعد { $days } يومًا منها
   *[other] بعد { $days } يوم منها
}. يمكنكم في أي وقت الاطلاع على بياناتكم أو تعديلها أو تنزيلها أو محوها عبر الرابط الموجود في رسالة التأكيد.

## Errors
error-summary-title = توجد مشكلة
error-prefix = خطأ:
error-invalid = يُرجى مراجعة بعض الحقول.
error-duplicate = هذا موجود بالفعل.
error-not-found = لم نتمكن من العثور على ما تبحثون عنه. ربما يكون الرابط قديمًا أو مكتوبًا بشكل خاطئ.
error-unauthorized = يُرجى تسجيل الدخول لعرض هذه الصفحة.
error-forbidden = لا يملك حسابكم صلاحية عرض هذه الصفحة.
error-rate-limited = محاولات كثيرة جدًا من اتصالكم. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
error-internal = حدث خطأ من جهتنا. لم يُحفظ أي شيء. يُرجى المحاولة مرة أخرى بعد قليل.
error-bad-request = تعذّر فهم هذا الطلب: ينقصه شيء أو فيه خلل في الصيغة. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-request-too-large = هذا أكبر مما يستوعبه النموذج. يُرجى اختصاره وإرساله مرة أخرى.
error-cross-site = أُرسل هذا النموذج من موقع آخر فتم رفضه. يُرجى فتح الصفحة على هذا الموقع وإرسال النموذج منه.
error-connection = تعذّر الوصول إلى الخادم. يُرجى التحقق من اتصالكم والمحاولة مرة أخرى.
error-capacity-too-low = لا يمكن أن تكون السعة أقل من عدد المقاعد الممنوحة أو المعروضة حاليًا ({ $taken }).
error-capacity-number = يُرجى إدخال السعة عددًا صحيحًا، مثلًا 150.
error-required = يُرجى ملء هذا الحقل.
error-too-long = النص طويل جدًا. يُرجى اختصاره.
error-email-invalid = يُرجى إدخال عنوان بريد إلكتروني مثل name@example.org.
error-country-invalid = يُرجى اختيار بلد من القائمة.
error-attendance-invalid = يُرجى اختيار المشاركة حضوريًا أو عبر الإنترنت.
error-language-invalid = يُرجى اختيار لغة من القائمة.
error-consent-required = يُرجى وضع علامة في المربع للموافقة، وإلا فلن نتمكن من تسجيلكم.
error-control-characters = يحتوي هذا النص على رموز غير مسموح بها.
error-email-taken = عنوان البريد الإلكتروني هذا مسجَّل بالفعل في هذه الفعالية. يُرجى استخدام الرابط الموجود في رسالة التأكيد لتعديل تسجيلكم.
error-registration-closed = التسجيل في هذه الفعالية مغلق.
error-registration-cancelled = هذا التسجيل ملغى ولم يعد من الممكن تعديله.
error-no-offer = لا يوجد عرض مفتوح لهذا التسجيل.
error-offer-expired = انتهت صلاحية هذا العرض. وقد مُنح المقعد للشخص التالي في قائمة الانتظار.
error-confirm-cancel = يُرجى وضع علامة في المربع لتأكيد رغبتكم في الإلغاء.
error-sign-in = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة. بعد خمس كلمات مرور خاطئة متتالية، يُقفل الحساب لمدة 15 دقيقة.
error-password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.

## Manage page
manage-title = تسجيلكم
manage-welcome = شكرًا لتسجيلكم. أرسلنا إليكم رسالة بريد إلكتروني فيها رابط هذه الصفحة: يُرجى الاحتفاظ بها لتعديل تسجيلكم أو إلغائه.
manage-saved = حُفظت تغييراتكم.
manage-change-title = تعديل بياناتكم
manage-change-hint = يمكنكم هنا التبديل بين الحضور الشخصي والمشاركة عبر الإنترنت. إذا تخليتم عن مقعدكم الحضوري، يُمنح للشخص التالي في قائمة الانتظار.
manage-save = حفظ التغييرات
manage-cancel-title = إلغاء تسجيلكم
manage-cancel-hint = إذا لم تتمكنوا من الحضور، يُرجى إلغاء التسجيل حتى يُمنح مقعدكم لشخص في قائمة الانتظار.
manage-cancel-confirm = نعم، أريد إلغاء تسجيلي
manage-cancel-submit = إلغاء التسجيل
status-confirmed-in-person = تم تأكيد مقعدكم الحضوري.
status-confirmed-online = أنتم مسجَّلون للمشاركة عبر الإنترنت.
status-waitlisted = ترتيبكم رقم { $position } في قائمة الانتظار للحصول على مقعد حضوري. وفي هذه الأثناء يسعدنا أن تشاركوا عبر الإنترنت.
status-offered = نحتفظ لكم بمقعد حضوري حتى { $deadline }. هل تريدونه؟
status-cancelled = هذا التسجيل ملغى.
offer-accept = نعم، أقبل المقعد
offer-decline = لا، أفضّل المشاركة عبر الإنترنت

## Staff
staff-sign-in = دخول الموظفين
staff-sign-out = تسجيل الخروج
staff-title = لوحة التنظيم
staff-signed-in-as = تم تسجيل الدخول باسم { $name }
staff-registrations = التسجيلات
staff-registrations-count = { $count ->
    [zero] لا توجد تسجيلات
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $count } تسجيلات
    [many] { $count } تسجيلًا
   *[other] { $count } تسجيل
}
staff-capacity = سعة الحضور الشخصي
staff-confirmed = مؤكَّد
staff-offered = معروض
staff-waitlisted = في قائمة الانتظار
staff-left = متبقٍّ
staff-online = عبر الإنترنت
staff-capacity-label = السعة الجديدة للحضور الشخصي
staff-capacity-save = تغيير السعة
staff-status = الحالة
staff-registered-on = تاريخ التسجيل
staff-status-confirmed = مؤكَّد
staff-status-waitlisted = في قائمة الانتظار
staff-status-offered = عُرض مقعد
staff-status-cancelled = ملغى

## Emails
email-greeting = عزيزي/عزيزتي { $name }،
# Same as in English: the platform's name.
email-signature = COA International Knowledge Platform
email-manage-intro = من خلال الزر أدناه يمكنكم الاطلاع على تسجيلكم أو تعديله أو إلغاؤه. هذا الرابط شخصي: يُرجى عدم مشاركته مع أحد.
email-manage-action = إدارة تسجيلي
email-calendar-attached = الفعالية مرفقة بهذه الرسالة كملف تقويم.
email-check-in-code = عند المدخل، يُرجى إبراز رمز QR أدناه (وهو موجود أيضًا في صفحة تسجيلكم): يمسحه الموظفون لتسجيل حضوركم.
email-check-in-alt = رمز تسجيل حضوركم
email-confirmed-subject = تسجيلكم في { $event }
email-confirmed-in-person = تم تأكيد مقعدكم الحضوري في { $event }. نتطلع إلى استقبالكم في { $venue }.
email-confirmed-online = أنتم مسجَّلون للمشاركة في { $event } عبر الإنترنت. يمكنكم مشاهدة الجلسات مباشرةً على صفحة تسجيلكم.
email-waitlisted-subject = أنتم في قائمة الانتظار لـ { $event }
email-waitlisted-body = حُجزت جميع مقاعد الحضور الشخصي. ترتيبكم رقم { $position } في قائمة الانتظار. عندما يصبح أحد المقاعد متاحًا، سنرسل إليكم عرضًا بالبريد الإلكتروني صالحًا لمدة { $hours ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
}.
email-waitlisted-online = وفي هذه الأثناء يسعدنا أن تشاركوا عبر الإنترنت.
email-offer-subject = مقعد لكم في { $event }
email-offer-body = أصبح أحد مقاعد الحضور الشخصي متاحًا. المقعد لكم إذا قبلتموه قبل { $deadline }.
email-offer-after = إذا لم تردّوا في الوقت المحدد، يُمنح المقعد للشخص التالي في قائمة الانتظار، وتبقون مسجَّلين للمشاركة عبر الإنترنت.
email-offer-action = قبول المقعد أو رفضه
email-offer-expired-subject = انتهت صلاحية العرض المقدَّم لكم في { $event }
email-offer-expired-body = لم تقبلوا المقعد الحضوري في الوقت المحدد، لذا مُنح للشخص التالي في قائمة الانتظار. وتبقون مسجَّلين للمشاركة عبر الإنترنت.
email-cancelled-subject = أُلغي تسجيلكم في { $event }
email-cancelled-body = أُلغي تسجيلكم بناءً على طلبكم. يسعدنا أن تسجّلوا مرة أخرى ما دام التسجيل مفتوحًا.

## Programme: sign-ups and their refusals
refusal-no-sign-up = الجلسات العامة مفتوحة للجميع، ولا حاجة إلى التسجيل فيها.
refusal-visits-in-person-only = الزيارات الميدانية مخصصة للمشاركين حضوريًا. أنتم مسجَّلون للمشاركة عبر الإنترنت (أو ما زلتم تنتظرون مقعدًا حضوريًا)، لذا لا يمكنكم حجز زيارة.
refusal-in-person-only = تُعقد هذه الجلسة في القاعة فقط. يمكن للمشاركين عبر الإنترنت اختيار الجلسات عبر الإنترنت والجلسات المختلطة.
refusal-online-only = تُعقد هذه الجلسة عبر الإنترنت فقط. يمكن للمشاركين حضوريًا اختيار الجلسات الحضورية والجلسات المختلطة.
refusal-clash = يتعارض هذا الموعد مع «{ $title }» الذي اخترتموه من قبل. إذا كنتم تفضّلون هذا، يُرجى إلغاء ذلك أولًا.
choice-clash = غيّر المنظمون موعد إحدى الجلسات: أصبح هذا الآن يتعارض مع «{ $title }» الذي اخترتموه أيضًا. يُرجى التخلي عن أحدهما.
refusal-one-visit = يمكنكم حجز زيارة ميدانية واحدة، وقد حجزتم بالفعل «{ $title }».
error-already-chosen = لقد اخترتم هذا بالفعل.
error-activity-cancelled = أُلغي هذا الجزء من البرنامج.
email-activity-offer-subject = مقعد لكم في «{ $title }»
email-activity-offer-body = أصبح مقعد في «{ $title }» متاحًا. المقعد لكم إذا قبلتموه قبل { $deadline }.
email-activity-offer-after = إذا لم تردّوا في الوقت المحدد، يُمنح المقعد للشخص التالي في قائمة الانتظار.
email-activity-offer-expired-subject = انتهت صلاحية العرض المقدَّم لكم في «{ $title }»
email-activity-offer-expired-body = لم تقبلوا المقعد في «{ $title }» في الوقت المحدد، لذا مُنح للشخص التالي في قائمة الانتظار.

## Programme page
programme-title = البرنامج
programme-link = عرض البرنامج
programme-times-in-zone = جميع الأوقات حسب المنطقة الزمنية للفعالية ({ $zone }).
programme-calendar-download = إضافة البرنامج كاملًا إلى تقويمكم (.ics)
programme-nothing-matches = لا يوجد في هذا اليوم ما يطابق اختياركم.
programme-visits = الزيارات الميدانية
programme-speakers = المتحدثون
programme-filter = تصفية البرنامج
programme-filter-day = اليوم
programme-filter-mode = طريقة المشاركة
programme-filter-theme = المحور
programme-filter-all = الكل
programme-filter-apply = عرض
theme-self-reliance = الاعتماد الرقمي على الذات لدى المقيمين
theme-guidance = الإرشاد الشخصي باستخدام الأدوات الرقمية
theme-intake = الاستقبال الأولي الرقمي
theme-employees = المهارات الرقمية للموظفين
theme-risks = المخاطر: الإقصاء والخصوصية والذكاء الاصطناعي
mode-in_person = حضوريًا
mode-online = عبر الإنترنت
mode-hybrid = مختلط (حضوريًا وعبر الإنترنت)
kind-plenary = جلسة عامة
kind-breakout = جلسة فرعية
kind-workshop = ورشة عمل
kind-visit = زيارة ميدانية
badge-streamed = بث مباشر
badge-cancelled = ملغاة
places-left-of = { $left ->
    [zero] لم يبقَ أي مقعد من أصل { $capacity }
    [one] بقي مقعد واحد من أصل { $capacity }
    [two] بقي مقعدان من أصل { $capacity }
    [few] بقيت { $left } مقاعد من أصل { $capacity }
    [many] بقي { $left } مقعدًا من أصل { $capacity }
   *[other] بقي { $left } مقعد من أصل { $capacity }
}
places-full-waiting = العدد مكتمل · { $waiting ->
    [0] قائمة الانتظار مفتوحة
    [one] شخص واحد في الانتظار
    [two] شخصان في الانتظار
    [few] { $waiting } أشخاص في الانتظار
    [many] { $waiting } شخصًا في الانتظار
   *[other] { $waiting } شخص في الانتظار
}
places-unlimited = عدد المقاعد غير محدود
places-plenary = للجميع، دون حاجة إلى التسجيل
visit-meeting-point = نقطة التجمع
visit-transport = وسيلة النقل
visit-bring = ما يجب إحضاره

## Programme on the manage page
choices-title = برنامجكم
choices-hint = اختاروا جلسة فرعية أو ورشة عمل واحدة لكل فترة زمنية، وزيارة ميدانية واحدة إذا كنتم ستحضرون شخصيًا. يمكنكم تغيير اختياراتكم حتى موعد الفعالية.
choice-book = اختيار هذا
choice-join-waitlist = الانضمام إلى قائمة الانتظار
choice-leave = التخلي عن مقعدي
choice-leave-waitlist = مغادرة قائمة الانتظار
choice-confirmed = لديكم مقعد.
choice-waitlisted = أنتم في قائمة الانتظار، رقم { $position }.
choice-offered = نحتفظ لكم بمقعد حتى { $deadline }.
agenda-title = جدولكم في تقويمكم
agenda-download = تنزيل جدولكم (.ics)
agenda-subscribe-hint = أو اشتركوا فيه: عندها يتابع تطبيق التقويم كل تغيير. يمكن لأي شخص لديه العنوان رؤية جدولكم؛ وإنشاء عنوان جديد يوقف العنوان القديم.
agenda-subscribe = إنشاء عنوان اشتراك
agenda-subscribe-done = انسخوا هذا العنوان في تطبيق التقويم (مثلًا «إضافة تقويم من عنوان URL»):
email-activity-changed-subject = تغيير في «{ $title }»
email-activity-changed-body = أجرى المنظمون تغييرًا على نشاط «{ $title }» الذي سجّلتم فيه. وهو يبدأ الآن في { $when }. يبقى مقعدكم، أو مكانكم في قائمة الانتظار، محفوظًا لكم.
email-activity-cancelled-subject = أُلغي نشاط «{ $title }»
email-activity-cancelled-body = نأسف لإبلاغكم بأن نشاط «{ $title }» الذي سجّلتم فيه قد أُلغي. يمكنكم اختيار جزء آخر من البرنامج في صفحة تسجيلكم.
email-activity-released-subject = انتهى تسجيلكم في «{ $title }»
email-activity-released-body = أجرى المنظمون تغييرًا على نشاط «{ $title }»، ولم يعد متاحًا لكم: { $reason } لذا انتهى تسجيلكم فيه. يمكنكم اختيار جزء آخر من البرنامج في صفحة تسجيلكم.
error-choose-from-list = يُرجى اختيار أحد الخيارات.
error-day-outside-event = يُرجى اختيار أحد أيام الفعالية.
error-time = يُرجى إدخال وقت مثل 09:30.
error-ends-before-start = يجب أن يكون وقت الانتهاء بعد وقت البدء.

## Organizers: programme
staff-programme = البرنامج: الجلسات والزيارات الميدانية
staff-activity-new = إضافة جلسة أو زيارة ميدانية
staff-activity-kind = النوع
staff-activity-title = العنوان
staff-activity-summary = وصف قصير
staff-activity-room = القاعة
staff-activity-starts = وقت البدء (HH:MM)
staff-activity-ends = وقت الانتهاء (HH:MM)
staff-activity-capacity = المقاعد الحضورية
staff-activity-capacity-hint = اتركوا الحقل فارغًا إذا لم يكن هناك حد. عند زيادة العدد، تُعرض المقاعد الجديدة على قائمة الانتظار؛ ولا يمكن أن يقل العدد عن المقاعد الممنوحة حاليًا.
staff-activity-save = حفظ
staff-activity-cancel = إلغاء هذه الجلسة
staff-activity-cancel-hint = يتلقى جميع المسجَّلين رسالة بريد إلكتروني ويفقدون مقاعدهم.
staff-sign-ups = المسجَّلون
staff-sign-ups-csv = تنزيل قائمة المسجَّلين (CSV)
staff-manifest-csv = تنزيل قائمة أسماء الزوار لمدخل المركز (CSV)
staff-rooms = القاعات
staff-room-name = اسم القاعة
staff-room-add = إضافة قاعة
staff-speakers = المتحدثون
staff-speaker-add = إضافة متحدث
staff-save-changes = حفظ التغييرات
staff-remove = إزالة
staff-activity-speakers = المتحدثون
error-room-in-use = لا تزال جلسات تُعقد في هذه القاعة. انقلوها إلى قاعة أخرى أولًا، ثم أزيلوا هذه القاعة.
activity-sign-up-hint = هل أنتم مسجَّلون؟ اختاروا الجلسات واحجزوا زيارة ميدانية عبر الرابط الموجود في رسالة التأكيد.

## Library
email-library-received-subject = استلمنا ممارستكم «{ $title }»
email-library-received-body = شكرًا لمشاركتكم «{ $title }» مع المكتبة. سيراجعها فريق الإشراف، وسنراسلكم بالبريد الإلكتروني عند نشرها أو إذا لزم إجراء تغييرات.
email-library-changes-subject = مطلوب إجراء تغييرات على «{ $title }»
email-library-changes-body = قرأ فريق الإشراف «{ $title }» ويطلب منكم بعض التغييرات قبل النشر:
email-library-published-subject = تم نشر «{ $title }»
email-library-published-body = أصبحت ممارسة «{ $title }» متاحة الآن في المكتبة العامة. شكرًا لمشاركتكم ما تعلمته مؤسستكم.
email-library-rejected-subject = لن يتم نشر «{ $title }»
email-library-rejected-body = قرأ فريق الإشراف «{ $title }» وقرر عدم نشرها، للسبب التالي:
email-library-follow = عبر الرابط أدناه يمكنكم متابعة ممارستكم، وتعديلها ما دامت قيد المراجعة.
email-library-action = متابعة ممارستكم
error-file-too-large = حجم الملف أكبر من 3 ميغابايت. يُرجى تصغيره (مثلًا بحفظ ملف PDF بصيغة مناسبة للويب) أو عدم إرفاقه.
error-file-type = نوع الملف هذا غير مقبول. يُرجى إرسال ملف PDF أو DOCX أو PPTX أو ODT أو ODP أو PNG أو JPEG يُفتح بشكل طبيعي.
error-file-empty = الملف فارغ.
error-theme-required = يُرجى اختيار موضوع واحد على الأقل.
error-practice-closed = لم يعد من الممكن تعديل هذه الممارسة عبر هذا الرابط.
error-practice-step = هذه الخطوة غير ممكنة لهذه الممارسة الآن. يُرجى إعادة تحميل الصفحة لمعرفة وضعها الحالي.
error-note-required = يُرجى كتابة ملاحظة لمن قدّم الممارسة: ما الذي يجب تغييره، أو سبب القرار.

## Best-practice library
nav-library = مكتبة أفضل الممارسات
library-title = مكتبة أفضل الممارسات
library-lead = ما تعلمته مؤسسات الاستقبال في أنحاء أوروبا، متاح للجميع للاستفادة منه.
library-open-data = بيانات مفتوحة:
library-search = بحث
library-search-button = بحث
filter-all = الكل
library-sort = الترتيب
library-sort-relevance = الأكثر مطابقة أولًا
library-sort-newest = الأحدث أولًا
library-results = { $count ->
    [0] لم يُعثر على أي ممارسة. جرّبوا كلمات أقل أو عامل تصفية آخر.
    [one] ممارسة واحدة
    [two] ممارستان
    [few] { $count } ممارسات
    [many] { $count } ممارسةً
   *[other] { $count } ممارسة
}
pager-pages = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-page-of = الصفحة { $page } من { $pages }
library-demo = مثال تجريبي
library-demo-notice = هذا مثال تجريبي، أُعدّ لتوضيح طريقة عمل المكتبة.
library-related = ممارسات ذات صلة
library-back = العودة إلى المكتبة
library-published = تاريخ النشر
library-download = تنزيل
library-file-size = { $kilobytes } كيلوبايت
library-contact = جهة الاتصال
library-theme-digital_self_reliance = الاعتماد الرقمي على الذات
library-theme-labour_participation = المشاركة في سوق العمل
library-theme-sustainability = الاستدامة
library-theme-unaccompanied_minors = القاصرون غير المصحوبين
library-theme-health_wellbeing = الصحة والرفاه
library-theme-safety = السلامة
library-theme-housing_placement = السكن والتوزيع على أماكن الإقامة
library-theme-participation_codesign = المشاركة والتصميم المشترك
library-theme-data_privacy = البيانات والخصوصية
library-submit-title = تقديم ممارسة جيدة
library-submit-lead = شاركوا ما تعلمته مؤسستكم. يقرأ فريق الإشراف كل مشاركة قبل نشرها؛ ويمكنكم متابعة مشاركتكم وتعديلها عبر الرابط الذي نرسله إليكم بالبريد الإلكتروني.
library-submit-button = إرسال للمراجعة
library-form-required = الحقول غير المعلَّمة بكلمة «اختياري» مطلوبة.
library-no-event = دون فعالية
library-current-file = الملف الحالي: { $name }. سيبقى ما لم تختاروا ملفًا آخر.
field-title = العنوان
field-summary = ملخص قصير
field-description = الوصف
field-themes = المواضيع
field-event = الفعالية المرتبطة
field-contact-name = اسمكم
field-contact-email = عنوان بريدكم الإلكتروني
field-contact-public = نشر اسمي وعنوان بريدي الإلكتروني مع الممارسة
field-licence = الترخيص
field-file = الملف
hint-summary = جملتان أو ثلاث: ما هي الممارسة وما الذي حققته.
hint-description = ما الذي قمتم به، ولمن، وما الذي نجح وما الذي لم ينجح. يمكنكم استخدام Markdown: **غامق**، والقوائم بـ -، والروابط بصيغة [نص](https://…).
hint-contact = نستخدم هذه البيانات لإبلاغكم بشأن مشاركتكم. ولا تُنشر إلا إذا وضعتم علامة في المربع.
hint-licence = الشروط التي يمكن للآخرين بموجبها إعادة استخدام ما تشاركونه.
hint-file = ملف واحد بصيغة PDF أو DOCX أو PPTX أو ODT أو ODP أو PNG أو JPEG، بحجم 3 ميغابايت كحد أقصى.
licence-cc-by-4-0 = يمكن للآخرين إعادة استخدامه مع ذكر اسمكم
licence-cc-by-sa-4-0 = مثل CC BY، مع مشاركة الأعمال المعدَّلة بالشروط نفسها
licence-cc-by-nc-4-0 = مثل CC BY، لكن ليس للاستخدام التجاري
licence-cc0-1-0 = دون أي شروط، ملك عام
library-follow-title = ممارستكم
library-sent = شكرًا لكم! استلمنا ممارستكم وأرسلنا إليكم رسالة بريد إلكتروني فيها رابط هذه الصفحة.
library-saved = أُرسلت تغييراتكم. سيراجعها فريق الإشراف.
library-status = الحالة:
library-see-public = عرضها في المكتبة العامة
library-history = السجل
library-edit = تعديل ممارستكم
library-edit-hint = إرسال التغييرات يعيد الممارسة إلى قائمة المراجعة. وتبقى النسخة المنشورة سابقًا متاحة للعموم حتى تتم الموافقة على النسخة الجديدة.
library-resubmit-button = إرسال التغييرات للمراجعة
library-withdraw = سحب الممارسة
library-withdraw-hint = سحب الممارسة يُخرجها من المراجعة ومن المكتبة العامة.
library-withdraw-button = سحب ممارستي
library-closed = لم يعد من الممكن تعديل هذه الممارسة.
library-review-submitted = بانتظار المراجعة
library-review-changes-requested = مطلوب إجراء تغييرات
library-review-published = منشورة
library-review-rejected = لم تُنشر
library-review-withdrawn = مسحوبة
library-step-submit = أُرسلت للمراجعة
library-step-withdraw = سحبها الشخص الذي قدّمها
library-step-publish = نُشرت
library-step-request-changes = طُلب إجراء تغييرات
library-step-reject = رُفضت
library-step-take-down = أُزيلت من النشر
library-moderation = الإشراف على المكتبة
library-updated = آخر تغيير
library-has-public = توجد نسخة سابقة منشورة
library-revision = النسخة { $number }
library-submitter = مقدَّمة من
library-preview = معاينة
library-preview-notice = معاينة: هكذا ستبدو الممارسة بعد نشرها.
library-note-required = ملاحظة لمن قدّم الممارسة (مطلوبة)
library-note-optional = ملاحظة لمن قدّم الممارسة (اختيارية)
library-do-publish = نشر
library-do-request-changes = طلب تغييرات
library-do-reject = رفض
library-do-take-down = إزالة من النشر
error-upload-incomplete = انقطع رفع الملف قبل اكتماله. يُرجى إرسال النموذج مرة أخرى.
library-themes = مواضيع المكتبة
library-themes-hint = تُختار مواضيع المشاركات من هذه القائمة. الموضوع الموقوف لم يعد متاحًا للاختيار، لكنه يبقى على الممارسات المرتبطة به. تُعرض المواضيع المرفقة بالمنصة مترجمةً إلى أن تعيدوا تسميتها.
library-theme-add = إضافة موضوع
library-theme-name = الاسم
library-theme-rename = إعادة التسمية
library-theme-retire = إيقاف
library-theme-restore = إتاحته مجددًا
library-theme-retired = موقوف
error-practice-changed = أُرسلت نسخة جديدة من الممارسة أثناء مراجعتكم. يُرجى إعادة تحميل الصفحة لمراجعتها.

## Your data (from the secret link)
manage-data-link = الاطلاع على بياناتكم أو تنزيلها أو محوها
data-title = بياناتكم
data-intro = هذه هي كل البيانات التي تحتفظ بها هذه المنصة عنكم لهذه الفعالية. لا يطّلع عليها إلا أنتم (عبر رابطكم) والمنظمون.
data-download = تنزيل كملف (JSON)
data-back = العودة إلى تسجيلكم
data-registration = تسجيلكم
data-status = الحالة
data-list-consent = في قائمة المشاركين
data-privacy-consent = تمت الموافقة على إشعار الخصوصية
data-registered-at = تاريخ التسجيل
data-updated-at = آخر تغيير
data-checked-in-at = تسجيل الحضور في مكان الفعالية
data-secret-links = الروابط المرسلة إليكم بالبريد الإلكتروني (محفوظة بصيغة مشفَّرة فقط)
data-calendar-feeds = اشتراكات التقويم
data-sign-ups = الجلسات والزيارات
data-emails = الرسائل المرسلة إليكم
data-email-waiting = بانتظار الإرسال
data-staff-changes = التغييرات التي أجراها المنظمون
data-none = لا يوجد
data-yes = نعم
data-no = لا
data-erase-title = محو بياناتكم
data-erase-hint = ينتهي تسجيلكم، وتُمنح مقاعدكم للأشخاص التالين في الانتظار، ولن تُرسل إليكم أي رسائل أخرى، ويُحذف نهائيًا اسمكم وعنوان بريدكم الإلكتروني ومؤسستكم ووظيفتكم واحتياجاتكم. لا يبقى إلا أرقام مجهولة الهوية (البلد، والتاريخ، والمشاركة حضوريًا أو عبر الإنترنت). لا يمكن التراجع عن ذلك، وسيتوقف هذا الرابط عن العمل.
data-erase-confirm = نعم، امحوا بياناتي
data-erase-submit = محو بياناتي
error-confirm-erase = يُرجى وضع علامة في المربع لتأكيد رغبتكم في محو بياناتكم.
erased-title = تم محو بياناتكم
erased-body = انتهى تسجيلكم وحُذفت بياناتكم الشخصية. إذا رغبتم في المشاركة رغم ذلك، يمكنكم التسجيل مرة أخرى.
erased-back = العودة إلى الفعالية

## Privacy notice of an event
privacy-read-notice = قراءة إشعار الخصوصية كاملًا (يُفتح في علامة تبويب جديدة)
privacy-notice-title = إشعار الخصوصية
privacy-notice-intro = يوضح هذا الإشعار، بكلمات بسيطة، ما يحدث للبيانات التي تقدمونها عند التسجيل في { $event }.
privacy-who-title = من يحتفظ ببياناتكم
privacy-who-body = يحتفظ منظمو الفعالية (COA، الوكالة المركزية لاستقبال طالبي اللجوء، لصالح International Knowledge Platform) ببياناتكم على هذه المنصة. تعمل المنصة على خادمهم الخاص: لا تتلقى أي شركة أخرى بياناتكم، ولا تحمّل الصفحات أي شيء من مواقع أخرى.
privacy-what-title = ما الذي نحتفظ به
privacy-what-body = اسمكم، وعنوان بريدكم الإلكتروني، ومؤسستكم ونوعها، وبلدكم، ووظيفتكم، وطريقة مشاركتكم (حضوريًا أو عبر الإنترنت)، ولغتكم. وإذا قدمتموها: احتياجات سهولة الوصول، والاحتياجات الغذائية، وما إذا كان يجوز ظهور اسمكم في قائمة المشاركين. وكذلك الجلسات والزيارات الميدانية التي تختارونها، ووقت تسجيل حضوركم في مكان الفعالية، ورسائل البريد الإلكتروني التي أرسلناها إليكم.
privacy-why-title = لماذا
privacy-why-body = لتنظيم الفعالية: لتأكيد مقعدكم أو مكانكم في قائمة الانتظار، ولإرسال معلومات عملية إليكم، ولتسجيل حضوركم عند المدخل، ولإحصاء المشاركين (حسب البلد واليوم ونوع المؤسسة؛ ولا تذكر هذه الإحصاءات اسم أي شخص).
privacy-sees-title = من يطّلع عليها
privacy-sees-body = أنتم فقط، عبر الرابط الموجود في رسالتكم، وموظفو الجهة المنظمة الذين لديهم دور على هذه المنصة (المنظمون، وموظفو تسجيل الحضور عند المدخل، ومسؤولو النظام). لا يرى المشاركون الآخرون اسمكم ومؤسستكم وبلدكم إلا إذا وافقتم على الظهور في قائمة المشاركين. ويُسجَّل كل تغيير يجريه الموظفون على تسجيلكم.
privacy-how-long-title = مدة الاحتفاظ
privacy-how-long-body = تُحذف احتياجات سهولة الوصول والاحتياجات الغذائية بعد 30 يومًا من الفعالية. وتُجعل جميع بياناتكم الشخصية الأخرى مجهولة الهوية { $days ->
    [zero] فور انتهاء الفعالية
    [one] بعد يوم واحد من الفعالية
    [two] بعد يومين من الفعالية
    [few] بعد { $days } أيام من الفعالية
    [many] بعد { $days } يومًا من الفعالية
   *[other] بعد { $days } يوم من الفعالية
}؛ ولا يبقى إلا الإحصاءات.
privacy-rights-title = حقوقكم
privacy-rights-body = عبر الرابط الموجود في رسالة التأكيد يمكنكم في أي وقت الاطلاع على بياناتكم وتصحيحها وتنزيلها (كملف) ومحوها. ويؤدي المحو إلى إنهاء تسجيلكم ومنح مقعدكم للشخص التالي في الانتظار.
error-registration-anonymised = حُذفت البيانات الشخصية لهذا التسجيل؛ ولم يعد من الممكن تعديله.
