"""Churn in Russian and Ukrainian: phrasings of long messages, short posts and transliteration.

Positives: going elsewhere now ("хожу теперь в другой клуб"), closing everything,
deleting the app (object first), cancelled subscriptions, "not a penny more",
plural "never again", switching with a modal ("пора менять оператора"), money
moved out, records taken away, transliterated Latin text. Look-alikes: a prospect
moving *to* the company, unsubscribing from a newsletter, "I am not leaving you",
"I wanted to leave, but you fixed it", a duplicate account, "no need to switch".
"""

from __future__ import annotations

import pytest

from vocmine.categorise import SignalDetector

POSITIVES = {
    "ru": [
        "Теперь хожу в другой фитнес-клуб, там хотя бы душ работает.",
        "Обслуживание наших грузовиков уже перешло в другой автосервис.",
        "Вся семья решила лечиться в другом месте.",
        "Прошу закрыть все мои счета и выдать справку.",
        "Приложение я удалила ещё вчера.",
        "Отменил подписку, смотреть рекламу за свои деньги не хочу.",
        "Больше ни копейки от меня не получите.",
        "Больше ни одного заказа через вас.",
        "Мы к вам больше не придем.",
        "Похоже, пора менять провайдера.",
        "Подумываю о смене банка, честно говоря.",
        "Если до среды не вернёте деньги, от вас ухожу.",
        "Забираю все сбережения из вашего банка.",
        "Медкарты детей заберём на этой неделе.",
        "Перестаю пользоваться вашим сервисом.",
        "Ещё один такой сбой — и до свидания.",
        "zakryvayu akkaunt, bolshe ne zakazhu",
        "uhozhu ot vas, dostavka uzhasnaya",
    ],
    "uk": [
        "Тепер ходжу в інший спортзал, там хоч тренери є.",
        "Усі наші посилки тепер ідуть через іншого перевізника.",
        "Вирішили обслуговуватися деінде.",
        "Прошу закрити всі мої рахунки до кінця місяця.",
        "Застосунок я вже видалив.",
        "Скасувала підписку, дякую, досить.",
        "Жодної гривні більше не отримаєте.",
        "Більше жодного замовлення через вас.",
        "Ми до вас більше не приїдемо.",
        "Мабуть, час міняти оператора.",
        "Якщо до понеділка не полагодите, я від вас іду.",
        "Переводжу всі гроші в інший банк.",
        "Картки тварин заберемо цього тижня.",
        "Припиняю користуватися вашими послугами.",
        "Ще один такий випадок — і до побачення.",
        "Вимагаю повернення коштів за невикористані місяці абонемента.",
        "skasuvala pidpysku, dosyt",
        "vydalyv zastosunok, teper kupuyu v inshomu magazyni",
    ],
}

LOOK_ALIKES = {
    "ru": [
        "Сейчас мы обслуживаемся в другом банке и хотим перейти к вам.",
        "Отписалась от рассылки, а письма всё равно приходят.",
        "Я не ухожу от вас, просто хочу тариф подешевле.",
        "Хотел уйти к другому провайдеру, но поддержка всё починила.",
        "Прошу удалить мой старый аккаунт, у меня их два.",
        "Теперь не надо менять оператора, тарифы стали нормальные.",
        "В другом месте этот чайник дешевле, чем у вас.",
        "Я отменил заказ, перепутал цвет.",
    ],
    "uk": [
        "Зараз ми обслуговуємося в іншому банку і хочемо перейти до вас.",
        "Відписалася від розсилки новин, а листи все одно йдуть.",
        "Я не йду від вас, просто хочу дешевший тариф.",
        "Думав уже піти від вас, але підтримка все полагодила.",
        "Прошу видалити мій старий акаунт, у мене їх два.",
        "Тепер не треба міняти оператора, тарифи нормальні.",
        "Відмовляюся від замовлення, помилився з розміром.",
        "Я переходжу на ваш новий тариф.",
    ],
}


@pytest.fixture(scope="module")
def detector() -> SignalDetector:
    return SignalDetector().fit()


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in POSITIVES.items() for text in texts]
)
def test_leaving_fires(detector, lang, text):
    assert detector.churn_risk(text, lang), text
    assert detector.reasons(text, lang)["churn_risk"].startswith('"')


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in LOOK_ALIKES.items() for text in texts]
)
def test_look_alikes_do_not_fire(detector, lang, text):
    assert not detector.churn_risk(text, lang), text
    assert "churn_risk" not in detector.reasons(text, lang)
