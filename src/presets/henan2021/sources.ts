/**
 * The one document of the henan2021 preset (出处): the 郑州日报 report of the 河南省市场监督管理局
 * 2021 “双随机、一公开” draw ceremony, read on the paper's e-edition.
 */
export const ZZRB_2021 = {
  document: '《郑州日报》第05版《“双随机、一公开”抽查启动 将对323家企业进行检查》（2021年，报道河南省市场监管局2021年度“双随机、一公开”抽查启动仪式）',
  url: 'https://dzb.zzrbnews.com/news/12860.html',
} as const;
