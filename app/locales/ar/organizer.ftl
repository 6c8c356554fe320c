# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = التسجيلات
organizer-registrations-of = التسجيلات: { $event }
organizer-back-to-dashboard = العودة إلى النظرة العامة على الفعالية
organizer-back-to-list = العودة إلى التسجيلات
organizer-search = الاسم أو البريد الإلكتروني أو المؤسسة
organizer-search-button = بحث
organizer-sort = الترتيب
organizer-sort-newest = الأحدث أولًا
organizer-sort-oldest = الأقدم أولًا
organizer-sort-name = الاسم
organizer-sort-country = البلد
organizer-sort-waitlist = ترتيب قائمة الانتظار
organizer-registrations-found = { $count ->
    [zero] لا توجد تسجيلات
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $count } تسجيلات
    [many] { $count } تسجيلًا
   *[other] { $count } تسجيل
}
organizer-export = تنزيل هذه التسجيلات:
organizer-saved = تم الحفظ. يظهر التغيير في السجل أدناه.
organizer-waitlist-position = رقم { $position } في قائمة الانتظار
organizer-correct = تصحيح البيانات
organizer-save = حفظ التصحيح
organizer-give-place = منح مقعد الآن
organizer-give-place-hint = يُؤكَّد المقعد الحضوري لهذا الشخص فورًا، متقدمًا على ترتيب قائمة الانتظار. إذا كانت جميع المقاعد ({ $limit }) محجوزة أو معروضة، تزداد سعة الحضور الشخصي بمقعد واحد. ويتلقى الشخص رسالة بريد إلكتروني.
organizer-give-place-submit = منح المقعد
organizer-cancel = الإلغاء نيابةً عن الشخص
organizer-cancel-hint = يُلغى التسجيل ويُمنح مقعده لقائمة الانتظار. ويتلقى الشخص رسالة بريد إلكتروني.
organizer-cancel-submit = إلغاء التسجيل
organizer-history = السجل
organizer-history-empty = لم يغيّر أي من الموظفين هذا التسجيل.
field-reason = سبب التغيير
field-cancel-reason = سبب الإلغاء
field-place-reason = سبب منح المقعد
hint-reason = يُحفظ في سجل التدقيق مع اسمكم، مثلًا: «طُلب ذلك بالبريد الإلكتروني في 3 مايو».
error-not-waiting = لا يمكن منح مقعد حضوري إلا لشخص ينتظر مقعدًا حضوريًا.
answer-yes = نعم
answer-no = لا

audit-title = سجل التدقيق
audit-when = الوقت
audit-who = عضو الفريق
audit-action = الإجراء
audit-subject = العنصر
audit-reason = السبب
audit-changes = التغييرات
audit-empty = لا يوجد إجراء من الموظفين يطابق البحث.
audit-older = إدخالات أقدم
audit-registration-update = تصحيح تسجيل
audit-registration-cancel = إلغاء تسجيل
audit-registration-give-place = منح مقعد يدويًا
audit-event-capacity = تغيير سعة الحضور الشخصي

dashboard-title = لوحة متابعة الفعالية
dashboard-sections = أقسام لوحة التنظيم
dashboard-live = تتحدّث الأرقام تلقائيًا.
dashboard-reconnecting = انقطع الاتصال: جارٍ إعادة الاتصال…
dashboard-stopped = توقفت التحديثات. يُرجى تسجيل الدخول مرة أخرى وإعادة تحميل الصفحة.
dashboard-taken-of = المقاعد المحجوزة: { $taken } من { $limit }
dashboard-taken-unlimited = المسجَّلون: { $taken } (دون حد أقصى)
dashboard-submissions-waiting = مشاركات المكتبة بانتظار المراجعة
dashboard-activities = الجلسات الفرعية والزيارات الميدانية
dashboard-activity = الجلسة أو الزيارة
dashboard-places = المقاعد
dashboard-session = (جلسة)
dashboard-visit = (زيارة ميدانية)
dashboard-charts = من سجّل
dashboard-per-day = التسجيلات يوميًا
dashboard-per-day-description = { $in_person } حضوريًا و{ $online } عبر الإنترنت، على مدى { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
dashboard-show-figures = عرض الأرقام
dashboard-day = اليوم
dashboard-by-country = المشاركون حسب البلد
dashboard-by-organisation-type = المشاركون حسب نوع المؤسسة
dashboard-other-countries = بلدان أخرى

check-in-title = تسجيل الحضور
check-in-heading = تسجيل الحضور: { $event }
check-in-progress = سُجّل حضور { $checked } من أصل { $expected }
check-in-scan = مسح رمز QR
check-in-scan-hint = وجّهوا الكاميرا نحو رمز QR الموجود في رسالة الشخص المشارك أو على هاتفه. إذا كان متصفح الهاتف لا يستطيع قراءة الرموز، يمكن فتح الرمز بتطبيق الكاميرا.
check-in-camera = تشغيل الكاميرا
check-in-no-camera = تعذّر تشغيل الكاميرا. ابحثوا عن الشخص باسمه أدناه.
check-in-code = رمز تسجيل الحضور
check-in-submit = تسجيل الحضور
check-in-people = الأشخاص المتوقَّع حضورهم شخصيًا
check-in-search = الاسم أو المؤسسة
check-in-at = سُجّل الحضور الساعة { $time }
check-in-done = تم تسجيل حضور { $name } (الساعة { $time }).
check-in-already = سبق تسجيل حضور { $name } الساعة { $time }.
check-in-waiting = لدى { $name } مقعد مؤكَّد، ولم يُسجَّل الحضور بعد.
check-in-not-expected = ليس لدى { $name } مقعد حضوري مؤكَّد. يُرجى توجيه الشخص إلى مكتب التسجيل.
check-in-queued = لا يوجد اتصال: يُحفظ تسجيل حضور { $name } على هذا الهاتف ويُرسل عند عودة الاتصال.
check-in-waiting-to-send = بانتظار الإرسال: { $count }
check-in-back = العودة إلى قائمة تسجيل الحضور
check-in-pass = أبرزوا هذا الرمز عند المدخل: يمسحه الموظفون لتسجيل حضوركم.
error-check-in-unknown = لا ينتمي هذا الرمز إلى أي تسجيل. ابحثوا عن الشخص باسمه.
audit-registration-check-in = تسجيل الحضور
badges-title = بطاقات الأسماء
badges-hint = { $count ->
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $count } بطاقات
    [many] { $count } بطاقةً
   *[other] { $count } بطاقة
}، بطاقة في كل صفحة بمقاس A6. اطبعوا هذه الصفحة من المتصفح.
dashboard-check-in = تسجيل الحضور
dashboard-badges = بطاقات الأسماء

announcements-title = الإعلانات
announcements-heading = الإعلانات: { $event }
announcements-new = كتابة إعلان
announcements-other-languages = نسخ بلغات أخرى (اختيارية: من لا توجد نسخة بلغته يتلقى النسخة الأولى)
announcements-preview = معاينة
announcements-send = الإرسال الآن إلى { $count ->
    [one] شخص واحد
    [two] شخصين
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
announcements-recipients = { $count ->
    [zero] لا يوجد مستلمون
    [one] مستلم واحد
    [two] مستلمان
    [few] { $count } مستلمين
    [many] { $count } مستلمًا
   *[other] { $count } مستلم
}
announcements-sent = أُدرج الإعلان في قائمة الإرسال. يظهر تقدّم الإرسال أدناه.
announcements-progress = الإعلانات المرسلة
announcements-none = لا توجد إعلانات بعد.
announcements-counts = أُرسل { $sent } من { $recipients }، و{ $queued } بانتظار الإرسال
announcements-failing = { $count ->
    [zero] لا توجد رسائل متعثرة
    [one] رسالة واحدة يتعذّر إرسالها
    [two] رسالتان يتعذّر إرسالهما
    [few] { $count } رسائل يتعذّر إرسالها
    [many] { $count } رسالةً يتعذّر إرسالها
   *[other] { $count } رسالة يتعذّر إرسالها
}
announcement-manage-link = تسجيلكم
announcement-sample-name = [الاسم]
field-segment = الإرسال إلى
field-announcement-subject = الموضوع
field-announcement-body = الرسالة
segment-all = جميع المسجَّلين
segment-in-person = جميع من لديهم مقعد حضوري مؤكَّد
segment-online = جميع المشاركين عبر الإنترنت
segment-waitlisted = جميع من في قائمة الانتظار
segment-activity = المشاركون في: { $title }
error-segment-invalid = يُرجى اختيار الفئة التي سيُرسل إليها الإعلان من القائمة.
error-no-recipients = لا يوجد أحد في هذه الفئة حتى الآن: لم يُرسل أي شيء.
audit-announcement-send = إرسال إعلان

accounts-title = حسابات الموظفين
accounts-add = إضافة حساب موظف
accounts-add-submit = إضافة الحساب
accounts-save = حفظ
accounts-role-of = دور { $name }
field-role = الدور
hint-staff-password = 12 حرفًا على الأقل. سلّموها للشخص بأنفسكم؛ وسيستخدمها لتسجيل الدخول.
role-admin = مسؤول النظام
role-organizer = منظِّم
role-moderator = مشرف المكتبة
role-check-in = تسجيل الحضور
role-disabled = معطَّل (لا يمكن تسجيل الدخول)
error-role-invalid = يُرجى اختيار دور من القائمة.
error-staff-email-taken = يوجد بالفعل حساب موظف بعنوان البريد الإلكتروني هذا.
error-own-account = لا يمكنكم تغيير حسابكم أو تعطيله بأنفسكم؛ اطلبوا ذلك من مسؤول نظام آخر.
audit-staff-create = إضافة حساب موظف
audit-staff-role = تغيير دور موظف
audit-staff-disable = تعطيل حساب موظف

event-settings-title = إعدادات الفعالية والتسجيل
event-settings-save = حفظ الإعدادات
organizer-saved-settings = تم الحفظ.
event-new-title = فعالية جديدة
event-new-submit = إنشاء الفعالية
field-slug = العنوان (أحرف لاتينية وأرقام وشرطات، مثلًا ikp-2026)
field-capacity = المقاعد الحضورية
field-theme = الموضوع
field-venue = المكان
field-starts-on = اليوم الأول
field-ends-on = اليوم الأخير
field-timezone = المنطقة الزمنية (مثلًا Europe/Amsterdam)
field-registration-open = التسجيل مفتوح
field-opens-at = بدء التسجيل (بالتوقيت المحلي)
field-closes-at = انتهاء التسجيل (بالتوقيت المحلي)
hint-event-summary = بضع جمل لصفحة الفعالية.
error-date-invalid = يُرجى إدخال تاريخ، مثلًا 2026-05-14.
error-time-invalid = يُرجى إدخال تاريخ ووقت، مثلًا 2026-02-01T09:00.
error-closes-before-opens = يجب أن يكون انتهاء التسجيل بعد بدئه.
error-timezone-invalid = يُرجى إدخال منطقة زمنية من قاعدة بيانات tz، مثلًا Europe/Amsterdam.
error-slug-invalid = يُرجى استخدام 3 إلى 60 رمزًا من الأحرف اللاتينية الصغيرة والأرقام والشرطات.
error-slug-taken = هذا العنوان مستخدم بالفعل لفعالية أخرى.
audit-event-create = إنشاء فعالية
audit-event-update = تغيير إعدادات الفعالية
check-in-other-event = تسجيل { $name } يخص فعالية أخرى، لا هذه الفعالية. يُرجى توجيه الشخص إلى مكتب التسجيل.

## Audit log: programme and themes
audit-activity-create = إضافة جلسة أو زيارة
audit-activity-update = تغيير جلسة أو زيارة
audit-activity-cancel = إلغاء جلسة أو زيارة
audit-room-create = إضافة قاعة
audit-room-update = إعادة تسمية قاعة
audit-room-remove = إزالة قاعة
audit-speaker-create = إضافة متحدث
audit-speaker-update = تصحيح بيانات متحدث
audit-speaker-remove = إزالة متحدث
audit-theme-create = إضافة موضوع إلى المكتبة
audit-theme-rename = إعادة تسمية موضوع في المكتبة
audit-theme-retire = إيقاف موضوع في المكتبة
audit-theme-restore = إعادة إتاحة موضوع في المكتبة

## Audit log: changes not made by staff
audit-by-participant = الشخص المشارك
audit-by-platform = المنصة (مهمة مجدولة)
audit-registration-erase = محو البيانات الشخصية بطلب من الشخص المشارك

## Retention of personal data
field-retention-days = مدة الاحتفاظ بالبيانات الشخصية بعد الفعالية (بالأيام)
error-retention-days = يُرجى إدخال عدد صحيح من الأيام بين 0 و3650، مثلًا 90.
retention-title = البيانات الشخصية للمشاركين
retention-needs = تُحذف احتياجات سهولة الوصول والاحتياجات الغذائية اعتبارًا من { $date }. { $count ->
    [0] لا يتضمنها أي تسجيل حاليًا.
    [one] يتضمنها حاليًا تسجيل واحد.
    [two] يتضمنها حاليًا تسجيلان.
    [few] يتضمنها حاليًا { $count } تسجيلات.
    [many] يتضمنها حاليًا { $count } تسجيلًا.
   *[other] يتضمنها حاليًا { $count } تسجيل.
}
retention-everything = تُجعل جميع البيانات الشخصية مجهولة الهوية اعتبارًا من { $date }؛ وتبقى الإحصاءات حسب البلد واليوم. { $count ->
    [0] لا يتضمن أي تسجيل بيانات شخصية حاليًا.
    [one] لا يزال تسجيل واحد يتضمن بيانات شخصية.
    [two] لا يزال تسجيلان يتضمنان بيانات شخصية.
    [few] لا تزال { $count } تسجيلات تتضمن بيانات شخصية.
    [many] لا يزال { $count } تسجيلًا يتضمن بيانات شخصية.
   *[other] لا يزال { $count } تسجيل يتضمن بيانات شخصية.
}
audit-event-needs-removed = حذف احتياجات سهولة الوصول والاحتياجات الغذائية (انتهاء مدة الاحتفاظ)
audit-event-anonymised = إخفاء هوية البيانات الشخصية (انتهاء مدة الاحتفاظ)
