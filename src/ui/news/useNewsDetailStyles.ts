import { makeStyles, tokens } from '@fluentui/react-components';
import { detailBody, detailContent, detailSurface } from '../shared/styleFragments';

export const useNewsDetailStyles = makeStyles({
  surface: detailSurface,
  body: detailBody,
  content: detailContent,
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS
  },
  date: {
    color: tokens.colorNeutralForeground2
  },
  image: {
    width: '100%',
    maxHeight: '260px',
    objectFit: 'cover',
    borderRadius: tokens.borderRadiusMedium
  },
  article: {
    '& p': { marginTop: 0, marginBottom: tokens.spacingVerticalS },
    '& ul, & ol': { marginTop: 0, marginBottom: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXL },
    '& h3, & h4': { marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS },
    '& a': { color: tokens.colorBrandForegroundLink }
  }
});
