# Live streams of the programme's sessions.

error-stream-not-live = Трансляція ще не почалася. Сторінка спробує ще раз сама.
error-sdp-invalid = Не вдалося налаштувати трансляцію: надіслані дані з’єднання непридатні.
