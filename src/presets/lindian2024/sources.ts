/**
 * The one document of the lindian2024 preset (出处): the 大庆市信用网 article of 2024-11-06 on
 * 林甸县农业农村局's credit-based supervision (大庆市林甸县农业农村局开展“信易+助农护农”场景应用).
 */
export const DAQING_CREDIT_2024 = {
  document: '大庆市信用网《大庆市林甸县农业农村局开展“信易+助农护农”场景应用》（2024年11月6日）',
  url: 'http://credit.daqing.gov.cn/wcm/content/detail/20241106134223_100034.html',
  date: '2024-11-06',
} as const;
