/**
 * Small stopword lists for sentence scoring: frequent function words carry no topic. Keyed by
 * language subtag; extend with more languages as needed (lowercase).
 */
export const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    ('a about above after again against all also am an and any are as at be because been before being below between ' +
      'both but by can could did do does doing down during each few for from further had has have having he her here ' +
      'hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other ' +
      'our ours out over own same she should so some such than that the their theirs them then there these they this ' +
      'those through to too under until up very was we were what when where which while who whom why will with would ' +
      'you your yours said says say one two new like us many much may might must year years also get got make made'
    ).split(' '),
  ),
  hi: new Set(
    ('का के की को में से पर है हैं था थे थी थीं हो होता होती होते होगा होगी होंगे हुआ हुई हुए ने और या एक यह ये वह वे ' +
      'इस इन उस उन इसके इसकी इसका उसके उसकी उसका उनके उनकी उनका तो भी ही कि जो जब तब तक लिए साथ बाद पहले कर करने ' +
      'करते करता करती किया किए गया गई गए जा जाता जाती जाते रहा रही रहे सकता सकती सकते अब नहीं न कोई कुछ सब बहुत ' +
      'अपने अपनी अपना हम आप मैं वो कई द्वारा तथा एवं लेकर बताया कहा कहना रूप ओर वाले वाली वाला'
    ).split(' '),
  ),
};
