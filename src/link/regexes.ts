// Every regular expression of the link stage, one named constant each.

/** A word of a matching key: letters and digits (`بوتين`, `g20`). */
export const NAME_WORD = /[\p{L}\p{N}]+/gu;

/** A title, as a key, that says a woman is meant (`السيده`, `الملكه`, `وزيره`). */
export const FEMININE_ROLE =
  /(?:^|\s)(?:ال)?(?:سيده|ملكه|اميره|وزيره|رئيسه|سفيره|نائبه|متحدثه|مستشاره)(?:\s|$)/u;

/** A word that ends in ة, harakat after it allowed (`جامعة`, `جماعةٌ`). */
export const TEH_MARBUTA_END = /ة\p{M}*$/u;
